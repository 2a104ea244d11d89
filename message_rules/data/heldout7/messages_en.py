"""Held-out set 7, English. Hand-typed by the seventh author."""

BLOCK = {
    "prohibited_item": [
        "got some decent weed if ur interested, 20 a gram",
        "do you also sell the white stuff? need 2g for saturday",
        "I can throw in a few xanax bars with the jacket, no extra charge",
        "selling a glock 19 with two mags, no licence needed, cash only",
        "Any chance you have MDMA? pills or crystal, either is fine",
        "Fake passport, EU, looks 100% real, delivered in a week",
        "I have six bottles of homemade vodka, can post them to you with the boots",
        "these airpods are replicas obviously but nobody can tell, £25 each",
        "got a box of 9mm ammo spare, want it with the holster?",
        "can u sort me some k? paying extra",
        "The laptops fell off a lorry if you know what I mean, that's why they're so cheap",
        "need a fake driving licence, can you do UK ones?",
        "c0ke available, discreet packaging, same day in Manchester",
        "Hi Josh,\n\nThanks for buying the grow tent. Since you mentioned you're into this stuff, I've also got an ounce of dried magic mushrooms from my last harvest. I can tuck them inside the tent box, nobody checks. Forty quid on top of the order, let me know by tonight.\n\nCheers,\nMatt",
        "selling Rolex copies, AAA quality with box and papers",
        "Hello, I saw your listing for the fishing gear. Before I buy, I wanted to ask whether you "
        "could also get hold of some ketamine or speed for a festival next month. I'd pay well and "
        "you can hide it in the tackle box. Let me know. Cheers, Liam",
        "Hi there,\n\nAs discussed, I can include two bottles of whisky and a crate of beer with "
        "the bar stools, I'll just pack them in the same box so the courier doesn't notice. "
        "Add 40 EUR for the drinks.\n\nThanks,\nGary",
        "Good evening,\n\nThe phones I'm selling are stolen from a shop, that's why there's no box "
        "and no receipt, but they work fine once you remove the iCloud. I have twelve of them, "
        "iPhone 14 Pro. If you take all twelve I'll do a good price.\n\nRegards, K.",
        "Dear buyer,\n\nIn addition to the airsoft parts I also have a real pistol, a Makarov, "
        "with about fifty rounds. No paperwork, which is why I can't list it here. Let me know "
        "if you want it and I'll pack it with the rest.\n\nBest, Viktor",
        "Hi,\n\nI make diplomas and university certificates, any uni, any year, with stamps and "
        "signatures. Also ID cards. Looks exactly like the real thing. 150 per document, delivery "
        "in 5 days.\n\nAll the best,\nSam",
    ],
    "off_platform": [
        "text me on 07700 900 123 and we'll sort it",
        "my whatsapp is +44 7911 123456",
        "dont press buy now, ring me and I'll give you a better price",
        "email me at jake.turner88@gmail.com",
        "add me on telegram @vintage_dave",
        "Pay me by bank transfer instead, it saves us both the fees",
        "buy it straight from me, I'll knock off the commission",
        "seven nine double one, one two three, four five six - call me",
        "mail me: sophie dot green at outlook dot com",
        "Hello Mrs Kaur,\n\nThank you for your order of the curtains. I have the matching cushions as well, but I'd rather not list them here. If you give me a ring on oh seven four double two, five one nine, three eight four, we can agree a price and I'll send them in the same parcel.\n\nKind regards,\nDeborah",
        "send the money to sort code 20-00-00, account 12345678",
        "my IBAN is GB29 NWBK 6016 1331 9268 19, send it there and I'll post today",
        "+4 4 7 7 0 0 9 0 0 4 5 6 whatsapp only",
        "viber me 0 7 8 / 2 2 3 / 4 4 5 6",
        "Let's do it by email rather than through this site - karenbaker at yahoo co uk",
        "Hi, thanks for your interest. To be honest I'd rather sell outside the marketplace, they "
        "take a big cut. If you send me your number I'll call you and we can agree on the price "
        "and you just pay me directly.",
        "Hello,\n\nI've got more of these in the garage that aren't listed. Easier if you order "
        "them straight from me by email and pay via bank transfer, then I don't have to pay the "
        "site fees and you get 15% off.\n\nRegards,\nPhil",
        "Hi Mark,\n\nI can't reply here very often, the app keeps logging me out. Could you drop "
        "me a WhatsApp on zero seven nine five five, three one two, six six eight? Then we can "
        "sort out collection.\n\nCheers,\nRob",
        "Dear customer,\n\nFor large orders we prefer to deal directly. Please cancel the order on "
        "the site and send your list to orders.bristolbits@protonmail.com, we'll invoice you and "
        "you pay by transfer.\n\nKind regards,\nBristol Bits",
        "Hello again,\n\nSnapchat is easier for me than this chat: my username is lily_sells_stuff. "
        "Message me there and we'll arrange the rest.\n\nThanks!\nLily",
    ],
    "external_link": [
        "cheaper on my own site: www.retrogamingstore.co.uk",
        "see more pics here https://imgur.com/a/Xy7pQ2",
        "full catalogue: bit.ly/3kFh9Qz",
        "check my ebay listings, ebay.co.uk/usr/mikes_bargains",
        "here's the manual: https://drive.google.com/file/d/1aBcD/view",
        "grab the discount code from tinyurl.com/bigsale24",
        "same sofa on gumtree for less: gumtree.com/p/sofas/grey-corner-sofa/1234",
        "the video of it working is on youtu.be/dQw4w9WgXcQ",
        "shop dot vinylheaven dot net has the rest of my records",
        "fill in this form and I'll reserve it: forms.gle/AbC123xyz",
        "more sizes at h t t p s : / / boots-outlet . shop",
        "download the photos from wetransfer.com/downloads/8f7e6d",
        "my etsy: etsy.com/shop/WoollyWonders",
        "Take a look at https://www.amazon.co.uk/dp/B08N5WRWNW, same thing cheaper",
        "Hello,\n\nThanks for your questions about the road bike. I couldn't fit all the photos in the listing, so I've uploaded forty of them, plus the service history, to my Flickr album: flickr.com/photos/ben_cycles/albums/72177720. Have a look and let me know if you have any other questions.\n\nRegards,\nBen",
        "Hi,\n\nThanks for asking about the cot. I've put a lot more detailed photos and the "
        "measurements on my blog, have a look at https://mumsnestfinds.wordpress.com/cot-sale "
        "and tell me what you think.\n\nBest,\nHannah",
        "Hello,\n\nWe have a wider range of garden furniture on our own web shop, including the "
        "teak set you asked about. It's all at www.gardenoasis-direct.com and there's free "
        "delivery over £200.\n\nKind regards,\nGarden Oasis",
        "Hey! Most of my stock isn't listed here. Go to linktr.ee/sneakerjoe and you'll find "
        "the rest, sizes 6 to 12.",
        "Dear buyer,\n\nThe certificate of authenticity can be viewed at "
        "https://files.catbox.moe/q8w2e1.pdf. Please check it before you decide.\n\nRegards,\nAlan",
        "Hi, I also sell on Vinted, vinted.co.uk/member/998877-ellie, loads of kids clothes there",
    ],
    "scam": [
        "Congratulations! Your email has won £850,000 in the UK National Lottery. Send a £250 "
        "processing fee to claim.",
        "I have paid, the bank sent you a confirmation email, check it and ship today pls",
        "Your parcel is held at customs. Pay the £2.99 release fee or it will be returned.",
        "Dear friend, I am Barrister James Okafor, and your late relative left 7.5 million USD "
        "with no next of kin. Kindly contact me to proceed.",
        "I accidentally sent you 500 instead of 50, please refund the difference by Western Union",
        "Royal Mail: we couldn't deliver your item. Confirm your details and pay £1.45 to rebook.",
        "HMRC notice: you are due a tax refund of £418.20, reply with your details to receive it",
        "paymnt is done, marketplace is holding it until you send the tracking number, thats how "
        "their safe system works",
        "Dear Customer,\n\nThis is Evri Parcel Services. Your parcel could not be delivered because the postage paid by the sender was insufficient. To arrange redelivery, a charge of £1.20 must be paid within 48 hours, otherwise the parcel will be returned and the sender charged.\n\nEvri Customer Support",
        "my courier will collect the item, you just need to pay his insurance fee of 35 EUR first",
        "Hello, I am Mrs Grace Williams, a widow dying of cancer. I wish to donate my 4.2 million "
        "dollars to a trustworthy person. Reply for details.",
        "Dear Seller,\n\nI am buying this item for my son who is offshore on an oil rig. I will "
        "send a cheque for 1,800 which covers the item plus the shipping agent's fee. When it "
        "clears, please wire the extra 1,200 to the agent so he can collect.\n\nGod bless,\nMr Brown",
        "Greetings,\n\nI am Dr. Ahmed Bello, bank manager at a bank in Lagos. There is a dormant "
        "account of 12.6 million USD belonging to a foreign customer who died in a crash. I need "
        "a foreign partner to receive the funds; you will take 40%. The only cost is a small "
        "transfer fee.\n\nYours faithfully,\nDr. Ahmed Bello",
        "DPD: Your delivery is on hold due to an unpaid customs charge of 3.20 GBP. Pay today to "
        "avoid return to sender.",
        "Hi, I have made the payment but the marketplace says you must first upgrade to a business "
        "account for 100 EUR to receive it. Once you do, the money plus the 100 will be released.",
        "Good afternoon,\n\nThis is the Fraud Prevention Department of Barclays. We have detected "
        "unusual activity on your account and have frozen it. To unlock it, you must move your "
        "savings to a safe account we have opened for you today.\n\nBarclays Security Team",
        "URGENT: your prize of an iPhone 16 is waiting. Pay only the delivery fee of 1.99 to "
        "receive it.",
        "Dear winner,\n\nYour email address was selected in the Microsoft Online Promotion and "
        "you have won 1,000,000 GBP. To release your winnings, please contact our claims agent "
        "and pay the clearance certificate fee of 390 GBP.\n\nYours,\nClaims Department",
        "Sent you the money via PayPal, you'll get an email saying it's pending until you post "
        "the tracking code, don't worry that's normal",
        "i overpaid by mistake, 300 extra, can u send it back to my cousin via MoneyGram",
    ],
    "credentials_request": [
        "what's your login and password? I'll sort the listing for you",
        "send me the code from the SMS you just got so I can confirm the payment",
        "I need your card number and expiry date to send the refund",
        "whats the 3 digit number on the back of ur card",
        "give me your PIN and I'll take the money off at the cashpoint for you",
        "to receive the money just tell me the verification code that was texted to you",
        "Can you send me your online banking username? I'll transfer it straight in",
        "need the 2FA code from your authenticator app",
        "For the refund please give me your account number and sort code",
        "Hi Laura,\n\nI'm trying to pay for the pram but the payment keeps failing on my side. My brother works at the bank and says if you tell me the six digit code the site texts you when you log in, he can push the payment through manually. Please send it as soon as it arrives.\n\nThanks,\nNadia",
        "Send a photo of the front and back of your card so I can verify you",
        "What's your email password? I'll forward the invoice directly into your inbox",
        "type the c.v.v here and the payment goes through",
        "just tell me the one-time passcode, it's to release the funds",
        "Hi,\n\nThe marketplace needs to verify your account before I can pay. Please reply with "
        "your username and password and I'll take care of it.\n\nThanks,\nMia",
        "Hello,\n\nTo return the money to you I need the full card number, the expiry date and "
        "the security code on the back. Once I have them the refund will be with you in an hour."
        "\n\nKind regards,\nSimon",
        "Dear seller,\n\nMy bank needs your online banking login to set up the payment, then the "
        "money goes in straight away. Please also send the code you receive by text.\n\nBest,\nAnn",
        "Hello,\n\nFor the refund of the damaged item please send your bank account number and "
        "the name on the account. I'll transfer it today.\n\nRegards,\nOwen",
        "mate just send the pin for ur card, i'll pay with it and give u cash",
        "What's the login to your seller account? I'll change the price myself",
    ],
    "profanity": [
        "fuck off you scammer",
        "what a load of bullshit",
        "you absolute c u n t",
        "f*cking useless seller",
        "stop wasting my time you dickhead",
        "sh1t item, never again",
        "go f u c k yourself",
        "youre a complete wanker",
        "piece of crap seller, you stupid twat",
        "arsehole, where's my parcel??",
        "fuuuuuck this, 3 weeks and nothing",
        "Hello,\n\nI asked a simple question about the delivery date and you replied with an attitude. You know what, keep your crappy lamp, you smug little shit, and don't bother replying.\n\nPaul",
        "motherf***er didn't even wrap it",
        "ur a stupid b!tch",
        "stfu and post it, prick",
        "Listen, you lying bastard, I paid two weeks ago and you still haven't sent anything.",
        "Hi,\n\nThe drill arrived broken and you've ignored three messages. Honestly you're "
        "a f.u.c.k.i.n.g joke of a seller. Sort it out or I'm leaving feedback.\n\nDave",
        "Hello,\n\nThank you for nothing. The dress was filthy and ripped and you have the nerve "
        "to call me a liar. You are a miserable cow and a shithead.\n\nClaire",
        "Dear seller,\n\nI have been polite so far, but this is ridiculous. Stop sending me these "
        "excuses, you dumb fucking prat.\n\nR. Hughes",
        "mate ur a proper knobhead",
    ],
}

ORDINARY = [
    "Hi, is this still available?",
    "Could you do 80 instead of 100?",
    "I can do 90 if you pay today, that's my best price.",
    "Thanks, payment sent through the site just now.",
    "The courier will call the number in your order before delivery.",
    "Your parcel is on its way, tracking: https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB",
    "DPD tracking number is 15501234567890, should arrive Thursday.",
    "Refund of 24.99 has been issued to the card you used for the order, it can take 3-5 working days.",
    "Order number 1029384756 - could you confirm the size?",
    "The EAN on the box is 5901234123457, is that the same model as in the photo?",
    "IMEI is 356938035643809, you can check it's not blacklisted.",
    "Never give anyone your password or the codes from SMS, the marketplace never asks for them.",
    "Someone asked me for my BLIK code in another chat, I reported them.",
    "Sorry, I won't pay outside the site, please keep everything here.",
    "I only accept payment through the marketplace, hope that's ok.",
    "I'm not going to click on links from strangers, sorry.",
    "We're based in Scunthorpe, so collection is also possible if you prefer.",
    "Does the mushroom kit include shiitake or only oyster?",
    "The cocktail shaker set comes with a strainer and a jigger.",
    "Are the wine glasses dishwasher safe?",
    "The beer mugs are 0.5 l, set of four, no chips.",
    "The kitchen knife set is stainless steel, 5 knives plus the block.",
    "The toy gun is plastic and shoots foam darts, suitable from 8 years.",
    "The pirate costume includes the hat, eye patch and a plastic sword.",
    "The basil and rosemary plants are grown in pots, I can post them in a box.",
    "Are these vitamin D tablets in date? What's the expiry?",
    "Can you send it with InPost to a parcel locker?",
    "I'll drop it at the post office tomorrow morning.",
    "The parcel locker code came by SMS, I've already picked it up, thanks!",
    "Item arrived today, well packed. Thank you!",
    "Could you send a couple more photos of the scratches?",
    "What are the measurements of the table?",
    "Is the warranty still valid? Do you have the receipt?",
    "I'd like to return the shoes, they're too small. How do I start the return?",
    "Return label attached in the order, just print it and drop it off.",
    "Can I pay on delivery?",
    "Yes, I'll send you an invoice with VAT, please give me the company details in the order form.",
    "The serial number on the back is SN 4G7H-2K9L, matches the box.",
    "Damn good condition for its age, honestly.",
    "Please don't worry, the bank transfer option on the checkout page is fine, it's the site's own payment.",
    "I ordered two, but only one arrived. Could you check?",
    "Sorry for the delay, I was away over the weekend.",
    "I've left you positive feedback, thanks for the smooth sale.",
    "Is the price negotiable if I buy both lamps?",
    "I can offer 15% off if you take the whole set.",
    "The charger is the original Apple one, 20W.",
    "Does it come with the remote?",
    "Happy to combine postage if you buy more than one item.",
    "The courier tried to deliver but nobody was home, they'll try again tomorrow.",
    "If the courier calls, just tell them which door to use.",
    "I've changed the delivery address in the order, hope that's fine.",
    "What colour is it exactly? The photos look a bit grey.",
    "Can you hold it until Friday? I get paid then.",
    "No worries, I'll wait for the restock.",
    "It's brand new, still sealed in the original packaging.",
    "Is it compatible with the iPhone 13?",
    "The dress is a size 12, fits more like a 10.",
    "Could I collect it in person in Leeds? I'd still pay through the site.",
    "The payment shows as pending in my order, is that normal?",
    "Yes, it usually changes to paid within a few minutes.",
    "I've opened a dispute through the marketplace because the item doesn't match the description.",
    "I've reported that message as spam, someone was sending a fake courier notice.",
    "Watch out, there's a fake 'customs fee' text going around, don't pay anything.",
    "The hammer drill has two batteries and a carry case.",
    "The crossbow is a kids' toy with suction cup bolts, not a real one.",
    "The wine rack holds 12 bottles, it's solid oak.",
    "Do you ship to Slovakia?",
    "Shipping to Hungary is 9.90 EUR with GLS.",
    "Your GLS tracking: https://gls-group.com/PL/pl/sledzenie-paczek?match=12345678901",
    "Here's the DHL tracking link: https://www.dhl.com/gb-en/home/tracking.html?tracking-id=JD014600006281",
    "You can see all my items on my marketplace profile, just click my username.",
    "The pan is cast iron, works on induction.",
    "The book has a few pencil notes in the margins, otherwise fine.",
    "Could you wrap it as a gift? It's for my sister's birthday.",
    "Sorry, that one's sold, but I have the same in blue.",
    "I'll knock off 5 for the scratch, so 45 in total.",
    "The amount in the order is 129.00 PLN including delivery.",
    "Thanks for letting me know, I'll keep an eye on the tracking.",
    "The box is a bit dented but the product inside is perfect.",
    "I've attached the photos in the chat.",
    "Could you check the battery health? What percentage is it?",
    "Battery health is 91%, original screen.",
    "Please leave the parcel with a neighbour if I'm out.",
    "I paid with BLIK at checkout, it went through fine.",
    "The refund was approved, you should see it on your card statement soon.",
    "Do you have the matching pillowcases?",
    "Lovely, I'll take it. Clicking buy now.",
    "How old is the pram? Has it been used a lot?",
    "The assembly instructions are in the box, takes about an hour.",
    "I can post it on Monday, is that OK?",
    "Would you accept 200 for the bike? It needs new tyres.",
    "Sorry, 200 is too low, lowest I can go is 230.",
    "Deal at 230, I'll buy it now.",
    "Thanks for your message. I've checked with the courier and they say the parcel is at the local depot; it should be out for delivery tomorrow.",
    "Apologies for the mix-up with the colour. If you return the navy one using the label in your order, we'll send the black one as soon as it's scanned.",
    "Please note that we never ask for card details or passwords by message. All payments go through the checkout.",
    "We received your return today and the refund of 32.50 has been processed to your original payment method.",
    "The cocktail glasses are hand-blown, so each one is slightly different.",
    "Sorry, I can't go lower than 60 - it's already a fair price for a barely used pram.",
    "Yes, Evri will leave it in a safe place if you add a note to the order.",
    "Could you double-check the postcode in the delivery address? It looks like a digit is missing.",
    "The knife block is beech wood; knives not included.",
    "I'm happy with the item, just a shame the box was crushed in transit.",
]
