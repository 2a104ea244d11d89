"""English texts of held-out set 3 (hand-written, see build.py)."""

BLOCK = {
    "prohibited_item": [
        "u still got that green? need an eighth for saturday",
        "Selling MDMA and ket, posted discreetly in a vacuum bag, next day.",
        "anyone got oxy or xanax no script needed? paying well",
        "Homemade moonshine for sale, 60 proof, £20 a bottle, can post.",
        "Rolex Submariner replica 1:1, swiss movement, nobody will know it's not real.",
        "Looking for 9mm ammo, I don't have a licence but I'll pay extra.",
        "Can sort you a UK driving licence in any name, registered on the system, £800.",
        "Hi there,\n\nyour listing only shows the bike but a mate said you also do pills "
        "and a bit of coke. I'd take a decent amount for the weekend, cash on collection."
        "\n\nCheers",
        "got a few laptops that fell off the back of a lorry, hence the price, no receipt "
        "no charger",
        ("selling c0ke and w33d, dm for the menu", "disguised"),
        "Selling counterfeit £20 notes, they pass the pen test.",
        "Hello,\n\nI supply designer trainers at a fraction of the price. They're not "
        "genuine, they're top-grade fakes from a factory in China, with boxes and tags. "
        "Discount over 10 pairs, I also do fake Canada Goose jackets.\n\nRegards, Dan",
        "Want to buy a pistol, no paperwork, will take a deactivated one to reactivate.",
        "Selling steroids and tren without prescription, tabs and jabs.",
        "Can you get hold of fake IDs? Need two for my mates, 18+ ones.",
    ],
    "off_platform": [
        "Ring me on 07700 918447, easier to sort it that way",
        "Cheaper without the site's fees, just bank transfer to sort code 20-45-77 account "
        "83946512.",
        ("my email is dave.turner at gmail dot com", "disguised"),
        "Message me on WhatsApp +44 7911 203774, I'll send more pics.",
        ("oh seven seven, double nine, one two three, four five six, call me", "disguised"),
        "Hello,\n\nI'd rather we sorted this outside the site, the fees eat my whole "
        "margin. Pay me by bank transfer to my own account and I'll post it today. Drop me "
        "a line at sarahs.crafts@outlook.com and I'll send the details.\n\nThanks, Sarah",
        "Order straight from me by email, orders.vintagebikes@yahoo.co.uk, 10% off.",
        "Telegram @cheap_phones_ldn, whole stock is there.",
        "Cancel the order here and just send me the money directly, we both save.",
        ("tel: 0 7 4 5 6 . 3 3 4 . 1 1 9", "disguised"),
        "Hi,\n\nI don't check messages here often. Better reach me on Signal at "
        "+44 7480 908442, I'll send you the catalogue and we can agree payment off the "
        "site.\n\nMartha",
        "Add me on Snapchat, jess_sells_stuff, and we'll sort the price there.",
        "viber 0044 7700 210318, I don't check this app",
        "Can we do this off the site? Just PayPal me as friends and family, no fees.",
        "Hi, please give me a call instead, my number is plus four four, seven nine "
        "double oh, five five five, one two eight seven. We can settle in cash, no need to "
        "go through the site.",
    ],
    "external_link": [
        "More pics here: bit.ly/3vTq8Lm",
        "Full range on my shop www.cheap-tyres-direct.co.uk, it's cheaper there.",
        "To release the parcel please pay here https://royalmail-redelivery-fee.com/p/7712",
        "check my insta instagram.com/emmas_wardrobe_sale",
        "Hello, here is the link to receive your payment: https://safe-delivery-payout."
        "online/claim/5521 Please enter your card details.",
        ("photos on my drive: drive.google.com/drive/folders/4nXbQ", "disguised"),
        "I also sell on depop, have a look at depop.com/emmasvintage",
        ("link: tinyurl . com / evri-reschedule", "disguised"),
        "Hello,\n\nI can't list every size here unfortunately. The full collection is on "
        "our website https://www.dressboutique.co.uk/winter-2026, free delivery over "
        "£50.\n\nThe Dress Boutique team",
        "here's a video of it working: youtu.be/Wq2xN8pLr4t",
        "Please confirm your delivery address at dpd-uk-delivery.info/confirm",
        "Hi,\n\nwe have better prices on our web shop than here. Have a look at "
        "shoesforyou(dot)co(dot)uk and use code SAVE15 at checkout.\n\nKind regards",
        "catalogue as a PDF: wetransfer.com/downloads/8d4f12ab",
        "My clearance group on fb: facebook.com/groups/carbootbristol",
        "Hi,\n\nthe payment on this site isn't working, please use the gateway at "
        "secure-pay-gateway.com/inv/9912 and send me the confirmation.\n\nThanks",
    ],
    "scam": [
        "Congratulations! You have won £5,000, just pay a £49 handling fee to claim it.",
        "I'll buy it, my courier will collect and you'll receive the money once you click "
        "the verification link and enter your card.",
        "Dear Sir,\n\nI am a barrister representing a late client who left no heirs. His "
        "account holds 4.2 million USD. I propose a 50/50 split; I only need you to cover "
        "the notary fee of £950 to release the documents.\n\nYours faithfully\n"
        "Barrister Edward Mensah",
        "I accidentally sent £400 too much, please refund the difference to my cousin's "
        "account before you post the item.",
        "Your account will be suspended within 24 hours. Verify your payment details by "
        "paying £1.",
        "parcel is held at customs, you need to pay £85 duty before they release it, send "
        "it to me and I'll sort it",
        "Invest in crypto with our trading bot, 30% weekly returns guaranteed.",
        "Hello,\n\nwe are offering a work-from-home position: receiving payments into your "
        "bank account and forwarding them as bitcoin. 10% commission. To start you must "
        "pay £150 for the training pack.\n\nHR Department",
        "I've already paid via safe delivery, now you have to claim the funds by entering "
        "your card details on the courier's page or they expire at 6pm today.",
        "I'm working offshore, I'll send a cheque for £1,500, please pass the extra to "
        "my shipping agent.",
        "Your item has been paid. To receive the money you must activate your seller "
        "account with a refundable deposit of £60.",
        "Hi, if you buy through our escrow service your money is safe. Send the amount to "
        "the escrow account I give you and the seller will ship.",
        "Hello,\n\nthis is the security team. We detected a suspicious login on your "
        "account. To avoid losing your funds, transfer your balance to a safe holding "
        "account within the hour.\n\nAccount Protection Team",
        "listen I'll send double, just send the rest back to my mate's revolut, in a rush "
        "for my flight",
        "You've won an iPhone 15 in our loyalty draw! Just pay £2.99 postage.",
    ],
    "credentials_request": [
        "send me the code you're about to get by text, it confirms the payment",
        "Give me your card number, expiry and CVV and I'll send the deposit.",
        "whats your password for the account? I'll log in and change the address myself",
        "Hello,\n\nto release your payout we need your online banking username and "
        "password. This is a standard seller verification. Please reply to this "
        "message.\n\nPayments Department",
        "Send me a photo of both sides of your passport for verification or I won't post.",
        "tell me your card PIN and I'll put the money straight on it",
        "I need your card number and the three digits on the back to process the refund.",
        ("send the c.v.v. and expiry quick before it times out", "disguised"),
        "Dear Customer,\n\ndue to a system update please reply with your card number, "
        "expiry date and security code. Failure to respond will result in your account "
        "being locked.\n\nCustomer Support",
        "Send me your Monzo login details and I'll do the transfer for you.",
        "Confirm your identity: type in the code we just texted you.",
        "Hi, your details are incomplete. Please send your account login and the 2FA code "
        "that was sent to your phone.",
        "Hello,\n\nso the courier can pay you out, I need a photo of your bank card, front "
        "and back, and a selfie holding your driving licence. Send them here asap."
        "\n\nThanks",
        "gimme your gmail password, I'll find that invoice in your inbox",
        "For the refund I urgently need your full card number and expiry date.",
    ],
    "profanity": [
        "fuck me, how long does this parcel take",
        "piss off with that price, you tosser",
        "you ripped me off you absolute cunt",
        ("f.u.c.k this, still nothing", "disguised"),
        "you're just a thieving piece of shit",
        "shove that bike up your arse",
        "You are a complete moron and a lying bastard.",
        ("where's my stuff you a$$hole", "disguised"),
        "Hi,\n\nthe order arrived smashed and you haven't replied for a week. I'm sick of "
        "your bullshit excuses about the post, you wrapped it in newspaper like a fucking "
        "idiot. Refund me.\n\nGary",
        "shut your mouth and post it, dickhead",
        "go fuck yourself and your listings",
        "this isn't a phone it's a pile of crap, you twat",
        "Hello,\n\nthis is a joke. I paid and got a phone that's been fucked to bits. Don't "
        "be surprised at the review, you scamming motherfucker.\n\nMark",
        ("fkn useless seller, never again", "typos"),
        "Message me one more time and I'll smash your ugly face in, you prick.",
    ],
}

BODIES = [
    "Hi, is the jacket still available?",
    "does a size M fit like a UK 10?",
    "What's the sleeve length from the shoulder?",
    "Could I see a photo of the label please?",
    "hey would you take £25 for it?",
    "Could I offer £120 instead of £145?",
    "Thanks, I've paid through the site.",
    "Parcel arrived safe and sound, exactly as described. Thank you!",
    "are you posting today or monday?",
    "I'll send it tomorrow morning with Royal Mail.",
    "I've posted it, the tracking number is in the order details.",
    "Are there any scratches on the screen?",
    "Battery health is 87%, never been replaced.",
    "Have the shoes been worn?",
    "Yes, worn twice, very good condition.",
    "Does the table extend? What are the dimensions?",
    "It's 120 x 80 cm, 160 cm extended.",
    "thanks for the quick reply",
    "Great, I'll take it. Buying it now with the Buy button.",
    "Is collection possible in Leeds?",
    "Sorry, I don't post abroad.",
    "Is the dress navy or black?",
    "It looks darker in the photo, it's actually navy.",
    "Can I return it if it doesn't fit?",
    "Yes, returns are accepted within 14 days through the form on the order page.",
    "The parcel hasn't arrived yet, could you check the status?",
    "Tracking says it's at the depot in Milton Keynes.",
    "Sorry for the delay, I was off sick.",
    "Are the books from a smoke-free home?",
    "They're from a pet-free, smoke-free home.",
    "how much is postage to Glasgow?",
    "Postage is £3.20 with Evri or £6.50 with DPD.",
    "Does the console come with two controllers?",
    "It comes with one controller and an HDMI cable.",
    "Thanks, I'll leave positive feedback.",
    "The bike has a Shimano Deore derailleur and new tyres.",
    "Is the pram complete, with the carrycot and seat unit?",
    "Could you hold it until Friday? That's payday.",
    "I don't hold items, first to buy through the site gets it.",
    "Is the Lego set complete?",
    "It's complete, I checked it against the instructions.",
    "Please pack it in a box rather than a bag.",
    "Of course, I'll box it properly with bubble wrap.",
    "is it genuine Lego or a knock-off brand?",
    "It's genuine Lego, bought in store, I still have the receipt.",
    "Wrong size arrived, I ordered a 7 and got a 6.",
    "So sorry about that, please open a return and I'll cover the postage.",
    "Does the laptop have a UK keyboard?",
    "UK layout, backlight works fine.",
    "Roughly when can I expect the parcel?",
    "Usually 1-2 working days after posting.",
    "do you still have the jars at 50p each?",
    "I've got 30 left, can send them all in one parcel.",
    "Is the picture framed?",
    "Wooden frame, no glass.",
    "The order has been cancelled as you asked, the money will be back in a few days.",
    "Is the coat waterproof?",
    "It's a softshell, it'll handle light rain.",
    "Are the tiles from the same batch?",
    "There's 3.5 m2 left from one batch, same colour.",
    "Can it go in the washing machine?",
    "Hand wash only at 30 degrees.",
    "Thank you so much, my daughter loves it!",
    "Which coffee machine model is it?",
    "It's a DeLonghi Magnifica S, descaled last month.",
    "hi are these shoes ok for wide feet",
    "They're standard width, might be snug on wide feet.",
    "I've added more photos to the listing.",
    "Does the car seat have an isofix base?",
    "No base, it's fitted with the seatbelt.",
    "Could you add the hat from your other listing to the parcel?",
    "Sure, I'll combine them into one order, just buy both items.",
    "ok cheers, I'll wait then",
    "No problem, have a nice day!",
    "Are the jeans a 32 leg?",
    "Inside leg is 32 inches.",
    "Is the tyre from this year's production?",
    "Does the printer print in colour?",
    "Yes, the cartridges are about half full.",
    "The parcel came but the charger mentioned in the listing is missing.",
    "You're right, I forgot it. I'll post the charger separately at my cost.",
    "could I collect on saturday after 10?",
    "Lovely item, shame it's too small. Good luck with the sale!",
    "Is this the last one?",
    "Price is negotiable if you buy a few things.",
    "I'll put it in one parcel with the trousers, saves you on postage.",
    "Sorry, it's already sold.",
    "What size is the bed, single or double?",
    "The mattress isn't included, just the frame.",
    "could you send a photo of the soles?",
]

HARD = [
    "The courier will call you before delivery, please keep your phone on you.",
    "You collect from the locker with the code InPost texts you.",
    "Never give anyone your password or a text code, even if they say they're support.",
    "Payment through the site only, it's safer for both of us.",
    "You'll find the tracking link in the order confirmation email.",
    "I couldn't log into my account here, that's why I'm replying late.",
    "I reset my password and it works now, I can see the order in my history.",
    "Set of 6 Sabatier kitchen knives, blades in perfect condition.",
    "Wine glasses, set of 6, sold empty of course :)",
    "That's a killer price, I'll take it!",
    "Petrol weed trimmer, runs perfectly, just serviced.",
    "The refund has been issued through the site, should arrive within 3 days.",
    "Can I pay by card directly on the site? I don't use online banking.",
    "Yes, the basket has card payment, Apple Pay and instant transfer.",
    "Order number: 2026-11-48213, could you check it please?",
    "Price £129, comes with a case and a screen protector.",
    "Got the text with the collection code, parcel picked up, thanks.",
    "Beware of scammers sending 'safe delivery' links, that isn't me.",
    "The money from the site has come through, thanks for paying so quickly.",
    "The DPD driver rang but I was out, delivery moved to tomorrow.",
    "Please don't send money to anyone outside the site, I only use the payment here.",
    "Shot glasses, set of 12, cut glass, empty.",
    "'Killer Queen' band t-shirt, official merch.",
    "Is the parcel insured in case it gets lost?",
    "I paid but the app still says 'awaiting payment'. What should I do?",
    "Please raise it with the site's support through the complaint form, they'll sort it.",
    "Book: 'Crime and Punishment', 1987 edition.",
    "'Call of Duty' for PS5, disc has no scratches.",
    "Selling a bread knife and a meat cleaver, stainless steel.",
    "Is postage included in the price?",
    "Sent it Royal Mail Tracked 48, the tracking is on the order.",
    "I got a weird message from someone asking for my card number. I've reported it.",
    "The wifi password for this router is on the sticker underneath, factory reset done.",
    "Lamp made from an old liqueur bottle, empty, works with an LED bulb.",
    "Price is negotiable, but only through the 'Make an offer' button on the site.",
    "Cash on delivery is available in the delivery options at checkout.",
    "Please add your phone number to the order for the courier, DPD won't take it otherwise.",
    "I've uploaded a photo of the proof of postage to the order.",
    "Will the refund go back to the card I paid with?",
    "Water pistols for kids, 2 of them, brand new.",
    "Item as described, would recommend this seller.",
    "I'll take it for £90 if you accept the offer on the site.",
    "The concert tickets are attached to the order as a PDF.",
    "Cocktail dress, size 12, worn once to a wedding.",
    "I've turned on two-factor authentication so nobody else can get into my account.",
    "Vintage Scunthorpe United scarf, 1990s, great condition.",
    "This jacket is the bomb, really warm.",
    "Cocktail shaker set with jigger and strainer, no alcohol included.",
]

GREETINGS = [
    "Hi,",
    "Hello,",
    "Hey",
    "hiya",
    "Good morning,",
    "Good afternoon,",
    "Good evening,",
    "Hi there,",
]

SIGNOFFS = [
    "Thanks",
    "Kind regards\nAnna",
    "Best wishes\nPeter Smith",
    "Many thanks",
    "cheers",
    "Have a good day!\nKate",
    "Thanks in advance,\nTom",
]

QUOTE_INTRO = "On 3 Dec 2026, at 14:12, the seller wrote:"

LONG_LETTERS = {
    "prohibited_item": [
        "Hey,\n\nmessaging about your supplements listing. I need something stronger for "
        "the gym, my mate said you can get test and clen without a prescription. I'd take "
        "an 8-week cycle, I'll pay whatever, just make sure the parcel is discreet."
        "\n\nCheers, Jake",
        "Good afternoon,\n\nour warehouse stocks Rolex and Omega watches, highest grade "
        "copies with engraving and papers exactly like the boutique. Customers can't tell "
        "them from the original. For an order of 5 the price is £90 each. I can also "
        "supply a fake certificate of authenticity.\n\nRegards\nWholesale",
    ],
    "off_platform": [
        "Hi,\n\nI see you're interested in the pram. The site charges a fee, so let's "
        "keep it simple: transfer the money to my Barclays account, sort code 20-00-00, "
        "account number 55779911, and I'll courier it today. Text the confirmation to "
        "07821 220135.\n\nThanks\nCaroline",
        "Alright,\n\nbefore you buy it on here, message me privately, I've got a better "
        "deal for you. Find me on Telegram, @ben_electronics_uk. I've got three more of "
        "these headphones there and I'll do you a price without the site's cut."
        "\n\nLater",
    ],
    "external_link": [
        "Hello,\n\nthank you for your purchase. To speed up dispatch, please confirm your "
        "address and pay the parcel insurance on the carrier's page: "
        "https://evri-insurance.uk-collect.net/form?id=33910. Without it the depot won't "
        "accept the parcel.\n\nKind regards\nThe seller",
        "Hi there,\n\nI've run out of that model on here, but my own website "
        "www.bikes-by-martin.co.uk still has the whole range, black ones too. Please order "
        "through the form on the website, I post within 24 hours.\n\nMartin",
    ],
    "scam": [
        "Good day,\n\nI am the captain of a cargo ship and currently at sea, so I cannot "
        "collect the item in person. My agent will send you £2,500, which is more than "
        "the price. Please send the £1,700 difference by Western Union to the agent who "
        "will pick up the goods. This is urgent.\n\nCaptain Robert",
        "Dear User,\n\nyour transaction has been put on hold by our security department. "
        "To unlock your payout you must pay a refundable verification fee of £29 within 2 "
        "hours. After that the buyer's funds will be forfeited and your account "
        "permanently deleted.\n\nTransaction Verification Department",
    ],
    "credentials_request": [
        "Hi,\n\nI want to pay but my card keeps getting declined. Let's do it like this: "
        "you'll get a text from your bank with a one-time code, just copy it here and "
        "I'll use it to pay for the order, then I'll give you the cash on collection. "
        "Quick please, the code only lasts a few minutes.\n\nThanks",
        "Hello,\n\nour system shows you haven't confirmed your payout details. Please "
        "reply with the name of your bank, your online banking username and password, "
        "and your National Insurance number. Once verified, the funds will be credited "
        "automatically.\n\nPayouts Team",
    ],
    "profanity": [
        "Listen,\n\nI ordered size 9 trainers from you, size 7 turned up and they stink. "
        "This is the third time I've messaged and nothing. You're not a seller, you're a "
        "total dickhead. Give me my money back or I'll post about you everywhere, you "
        "scamming bastard.\n\nAdam",
        "Hello,\n\nI tried to be nice, but I'm done. You promised to post it on Monday "
        "and it's Friday. Get your lazy arse moving and send the bloody parcel, I'm sick "
        "of this shitshow.\n\nMonica",
    ],
}
