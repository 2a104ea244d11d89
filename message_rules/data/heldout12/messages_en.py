# ruff: noqa: E501
"""English messages for held-out set 12 (written directly in English, own scenarios)."""

BLOCK = {
    "prohibited_item": [
        "got any bud? need an eighth for the weekend",
        "Selling my homebrew moonshine, 60% proof, £20 a bottle, collection only",
        "can do you some tren and deca with that squat rack, no script needed",
        "Need oxy or percs, will pay over the odds, no prescription",
        "rep Jordans, 1:1 quality, I list them as genuine retail and nobody checks",
        "Duty-free rollies, no UK stamp, 10 pouches for £60",
        "Got a Glock 19 going, no licence needed, cash only",
        "snow, good stuff, a g for 70, Manchester area",
        "bike's nicked so it's cheap, no paperwork mate",
        "Selling cracked Disney+ and Spotify logins, owners won't notice",
        "Case of vodka off the back of a lorry, 12 bottles, no receipt",
        "pingers and ket, party pack, DM me",
        "w e e d for sale, top shelf, Leeds",
        "I'm selling bottles from my own vineyard, Pinot 2022, 6 for £90, shipped",
        "Valium and tramadol, no Rx, discreet packaging",
        """Hi there,

I'm messaging about the fishing gear, but a mate said you could sort other stuff too. Looking for about a quarter of green and some pills for a birthday thing, price isn't an issue. Could we meet at the car park by the reservoir on Saturday?

Cheers, Liam""",
        """Hello!

I have loads of Canada Goose and Moncler jackets from a factory in Turkey. They're replicas but the tags and holograms are identical, and I sell them as authentic with receipt. If you want to resell, 25 units for £45 each. Nobody has ever complained.

Jess""",
        """Good afternoon,

I have a shotgun and a .22 rifle for sale. I don't need to see a certificate, the guns aren't registered anywhere and I'll throw in a box of cartridges. Handover in person somewhere near Norwich.

Regards,
Graham""",
        """Hey,

I've got a batch of MacBook Airs, M3, brand new sealed. They came out of a warehouse through the back door if you catch my drift, so no invoice and no warranty. Take five and I'll do them at £350 each. No questions asked.

Dean""",
        """Dear customer,

We produce our own fruit brandy and damson gin from our orchard and are now selling 50cl bottles at £18, with discounts for 6+. We wrap them as juice so the courier won't know what's inside. Let us know how many you'd like.

Kind regards,
The Whitfield family""",
    ],
    "off_platform": [
        "text me on 07700 900123 and we can skip the fees",
        "don't buy through the site, just bank transfer me and I'll knock £15 off",
        "whatsapp me plus four four, seven seven double oh, nine double oh, four five six",
        "my email is jenny.sells at outlook dot com",
        "Cancel the order and send it via PayPal friends and family, I'll post today",
        "Cash on collection is better, no point giving the site a cut",
        "hit me up on telegram @cheap_phones_uk",
        "Sort code 20-00-00, account 55779911, post it once it clears",
        "call 0 7 9 1 1 - 1 2 3 - 4 5 6 after 6pm",
        "Buy it straight from me, I'll invoice you, don't pay on here",
        "Signal: seven nine double one, two two three, three four four",
        "email your order to furniture.deals(at)gmail(dot)com instead",
        "Not selling on here, find me on Facebook, Dan Holt Bristol",
        "give me your number and I'll ring you to sort cash",
        "I'm on Viber, the number's in my bio, just add +44",
        """Hi,

Thanks for your interest in the cot. As the site takes a big fee, I'd suggest you don't use the Buy button and instead transfer the money straight to my Monzo. I can then take £20 off. I'll send the account details by text, just message me on 07911 654 321.

Thanks,
Rachel""",
        """Hey,

The chat here is really laggy on my phone. Drop me a message on WhatsApp instead, it's oh seven seven double four, one two three, nine eight seven. I'll send a video of the bike starting and we'll sort payment there, not through the site.

Ryan""",
        """Hello,

I have two more sets of winter tyres but I don't list them here because of the commission. If you cancel this order I'll sell them to you directly – cash when you collect in Sheffield, or a bank transfer. Email me at tyres.sheffield@yahoo.co.uk.

Steve""",
        """Dear buyer,

I'm getting on a bit and I don't really understand this system. Please ring me instead on plus 44, 1632, 960, 983 and we'll sort it out. You can send a cheque or postal order straight to me rather than paying on the website, it's easier for both of us.

Margaret""",
        """Alright,

I know the rules say no, but if you buy direct I'll chuck in a second battery for free. Send £180 to Revolut @mattyj92, put your name as the reference. Once it lands I'll send it Evri and we'll cancel the order on here.

Matt""",
    ],
    "external_link": [
        "more pics here: bit.ly/cot-photos",
        "Cheaper on my own shop www.partsdirect-uk.co.uk",
        "watch the video: youtube.com/watch?v=Uk8kQ2y",
        "Fill in the returns form at returns-buyer-help.com or no refund",
        "cheaper on gumtree, gumtree dot com slash my ads",
        "pay on this link: https://quick-pay-checkout.io/gb/55120",
        "join t.me/deals_electronics_uk for daily drops",
        "insta: instagram.com/wardrobe.of.ella",
        "check out myshop . co . uk / sale, there's a voucher",
        "T&Cs: tinyurl.com/prize-uk-2026",
        "vinted.co.uk/member/77120-sophie, got loads more there",
        "reviews of me: trustpilot.com/review/my-little-shop.co.uk",
        "order via this form: forms.gle/OrderUK2026",
        "price list: docs.google.com/spreadsheets/d/1Uk_prices",
        "also on depop, depop dot com slash ella_vintage",
        """Hi,

Thanks for asking about the wedding dress. I've uploaded more photos, including close-ups of the lace, to my own site: www.bridal-preloved-sophie.co.uk/for-sale. The measurements are there too because I can't attach them here. If you like it you can order it directly there.

Sophie""",
        """Hey,

Here's the full list of the books I'm selling: https://docs.google.com/document/d/1abcUK_books. Pick what you want and send it through the form at forms.gle/BookOrderUK. Quicker than doing it here.

Nina""",
        """Dear customer,

To speed up your refund, please click the verification link uk-refund-payments.com/verify and enter your order number. The system will then send the money automatically.

Customer Support""",
        """Hi,

Don't have that model on here anymore, but it's in my Facebook group: facebook.com/groups/bikes.marketplace.uk. I post new stuff there first and it's cheaper. Join up.

Craig""",
        """Good morning,

Please see the certificate of authenticity for the watch here: dropbox.com/s/u7p2/certificate.pdf, and a video of the movement running at vimeo.com/77123456. Let me know if it all looks fine.

Best,
Oliver""",
    ],
    "scam": [
        "I've paid, here's a screenshot from my bank, please send today",
        "The courier needs a £2.99 customs charge paid on their link before delivery",
        "I sent £300 too much by mistake, please refund the difference to my personal account",
        "Your account will be suspended, pay a £1.49 verification fee to keep it open",
        "To receive the money for your sale you first need to pay £40 transaction insurance",
        "My firm trades with AI bots, 40% monthly returns guaranteed",
        "Pay £500 by tomorrow or I'm going to the small claims court and the police",
        "I have your private photos, send £800 in bitcoin or your family sees them",
        "We missed you! Redelivery fee £1.45, otherwise your parcel is returned",
        "babe I'm a surgeon on an oil rig, I need £2k for my leave flight, I'll pay you back double",
        "Your payment is held by our escrow agent, pay 20% VAT to release it",
        "Congratulations, you've won an iPhone 16! Just cover £2 postage",
        "I'm from the fraud team, your funds are at risk, move them to a safe account now",
        "my courier will collect, but you need to pay their seller registration first",
        "I've sent the money via 'secure handover', confirm by paying a £1 activation fee",
        """Dear Sir/Madam,

I am Barrister Charles Okafor. A deceased client of my chambers, who shares your surname, left 9.2 million US dollars in a dormant account with no next of kin. I propose to present you as the beneficiary and we share the funds 60/40. A clearance certificate fee of £1,150 must be paid first, after which the transfer completes in five working days.

Yours faithfully,
Barrister C. Okafor""",
        """Hello,

I'm interested in your car. I'm currently working offshore and can't view it, so I'll send a cheque for £12,000 instead of £9,000. Please send the £3,000 difference to my shipping agent by Western Union and he'll collect the car. Awaiting your confirmation.

Mr. Kevin Marsh""",
        """Dear Customer,

Your parcel GB77120 is being held by HM Customs. To release it, an import duty and VAT charge of £3.85 must be paid within 48 hours. If unpaid, the parcel will be destroyed and proceedings may be taken against you.

Border Force – Parcels Unit""",
        """Hi!

A year ago I was skint and now I make £5k a month from crypto. My mentor can help you too – just put £250 on his platform and in two weeks you'll have £2,500, guaranteed. Offer ends tonight.

Chloe""",
        """Hello,

You sold me a faulty laptop. Unless you send me £600 plus £400 compensation by Friday, I'll post your name, address and photos in every local group and report you to the police. My solicitor is already drafting the claim.

Nathan""",
    ],
    "credentials_request": [
        "send me your password and I'll log in and fix the address",
        "what code did you get by text? I need it to process the refund",
        "send the card number and the CVV, I'll put the money on it",
        "need the expiry date and the three digits on the back",
        "send a photo of your driving licence both sides for verification",
        "what's your National Insurance number? need it for the contract",
        "what's your online banking login? I'll check if the payment landed",
        "give me your p a s s w o r d for email so I can send the invoice",
        "send me the 6-digit code from your authenticator app",
        "tell me the card PIN, the courier needs it on delivery",
        "send your account number and banking login, I'll do the transfer for you",
        "type out your recovery codes for me",
        "need your long card number, sixteen digits",
        "send the verification code you just got, quick",
        "what's your password on this site? I'll check the order",
        """Dear customer,

To complete your refund we need the following details: full card number, expiry date and the CVC code from the back of the card. These will only be used to credit the refund and will be deleted afterwards.

Payments Department""",
        """Hello,

I'd like to buy the pram, but my bank won't let me send money to unverified payees. Please send a photo of your passport and a selfie holding it. It's the standard procedure.

Thanks, Adam""",
        """Hi,

Payment isn't working so let's do it this way: log in to your banking app and when the confirmation code comes through, type it here. I'll enter it on my side and the payment will go through. It only lasts a couple of minutes.

Tom""",
        """Hello,

I'm contacting you from the site's support team. We've detected a login attempt from abroad. To secure your account, please send us your email, password and the code you're about to receive by SMS. Do not close this chat.

Support""",
        """Hey,

So I can send you the deposit for the flat, I need your Barclays login details, I'll enter it all and approve it. Won't touch anything else, promise. If any codes come through, send those too.

George""",
    ],
    "profanity": [
        "piss off with that price",
        "you stupid prick, the parcel arrived smashed",
        "f u c k me, how long do I have to wait",
        "you're a lying piece of shit",
        "You're a complete moron, can't even wrap a mug",
        "go f*ck yourself",
        "sod off you thieving bastard",
        "you absolute braindead twat, third time I've asked",
        "fuuuuuck where is my parcel",
        "shut your gob and give me my money back",
        "you c0ck, no reply for a week",
        "fucking scammer, enjoy your negative feedback",
        "you're a slag, not a seller",
        "a-s-s-h-o-l-e",
        "you dickhead, the shoes are two sizes too small",
        """Hello,

This is the fourth time I'm writing. I ordered a coat two weeks ago, I paid and you still haven't sent anything or replied. You're a useless bastard and a shit seller. If there's no tracking number by tomorrow, I'm opening a dispute.

Peter""",
        """Hi,

The dress arrived today and I'm shocked. It's dirty, has a hole and stinks of smoke. You stupid cow, did you honestly think I wouldn't notice? Fucking fraud. I want my money back.

Kirsty""",
        """Mate,

Seriously? I asked if the screen was cracked and you said no. It arrived cracked. You're a lying dickhead and a wanker. Sending it back and you're refunding me, bloody hell, some people.

Jamie""",
        """Hello,

Regarding your "complaint": nothing was damaged when I posted it. Piss off and stop harassing me, if you're too thick to assemble a cabinet that's not my fault, you idiot.

Seller""",
        """Hi,

Reply already, you lazy b.i.t.c.h. Five days waiting for a dispatch confirmation. F*cking hell, other sellers reply within the hour.

Dan""",
    ],
}

ORDINARY = [
    "Hi, is the pram still available?",
    "Would you take £80? I can buy straight away through the site.",
    "Sent with Royal Mail Tracked 48, tracking number AB123456789GB.",
    "Got the text with the locker code, parcel collected, thanks!",
    "Please only pay through the Buy Now button, I don't accept transfers off the site.",
    "Someone in chat asked for my SMS code, I've reported them to support.",
    "Never give anyone your password or one-time codes, even if they say they're from support.",
    "The DPD driver will call the number on your order before delivery.",
    "I'll process the refund through the site, it goes back to your original payment method.",
    "What are the dimensions of the table? Need something under 60cm.",
    "Wine glasses, set of 6, crystal, no chips.",
    "Hemp rope 10m, thick, good for a garden swing.",
    "Lavender bath bombs, set of 5, lovely gift.",
    "That's a killer price, you won't find it cheaper :)",
    "Kitchen knife block set, stainless steel, unused.",
    "I won't pay outside the site, please list it properly.",
    "Can I collect in person in Leeds and pay through the site?",
    "Evri or Royal Mail? I'd prefer Royal Mail.",
    "How many cycles on the battery?",
    "Order 1029-3847 hasn't arrived yet, could you check the status?",
    "The DHL tracking link isn't working, could you send the tracking number?",
    "Parcel's stuck at the hub, I've rung the courier's helpline.",
    "Royal Mail customer service said it'll be delivered tomorrow.",
    "Sorry for the delay, I was ill, posting today.",
    "The jacket is a medium but fits more like a small, 68cm long.",
    "Is it a genuine charger? The photo shows a different logo.",
    "Yes, genuine, I have the Currys receipt and will include it.",
    "Box was a bit squashed but the item is fine.",
    "Shoe's too small, can I return it through the form on the site?",
    "Return accepted, I'll refund as soon as the parcel arrives.",
    "How much is postage for two together?",
    "I'll throw in a charger free if you take the case too.",
    "Payment's gone through, thanks, waiting for the tracking number.",
    "I've reported the buyer who asked for my card number as fraud.",
    "Careful, someone's pretending to be a courier and sending links for fees, don't click them.",
    "The wine-coloured dress looks great, do you have it in a 12?",
    "Dried shiitake mushrooms, 200g.",
    "Will the helmet fit a 58cm head?",
    "I've issued the invoice, it's in the order details.",
    "I'll post on Monday, the post office is shut at weekends.",
    "Could you send a photo of the label? I want to check the fabric.",
    "I put the wrong address, can it still be changed to 12 Lime St, Leeds LS2 7AB?",
    "I've updated the address on the order.",
    "I don't pick up unknown numbers, I'd rather message here.",
    "Had my account since 2014, feedback's on my profile.",
    "Does the drill have hammer action? Need it for concrete.",
    "Discount if you take two, order through the site.",
    "Thanks for the quick dispatch, would recommend!",
    "Sorry, can't go lower than £150.",
    "How about £140 and I cover postage?",
    "Excellent condition, used twice, warranty until 2027.",
    "I've raised a claim through the resolution centre, case 44123.",
    "Does it come with an HDMI cable?",
    "The parcel went back because I missed it, sorry. I'll pay for reposting through the site.",
    "I'd prefer DPD, there's a pickup shop near me.",
    "Could you gift wrap it? It's a birthday on Saturday.",
    "Having trouble logging in to the site, I've already contacted support.",
    "Changed my password after that weird text, didn't enter anything thankfully.",
    "Another seller wanted a bank transfer, I said no and reported them.",
    "Bought through the site with my card, all went smoothly.",
    "These headphones have killer bass, honestly recommend.",
    "Kids' chemistry set, ages 8+.",
    "When are you likely to post? Need it by Friday.",
    "Sent! Tracking: https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB",
    "Couriers are delayed today because of the snow.",
    "How long do refunds take through the site?",
    "As far as I know, up to 5 working days.",
    "Item not as described, I'm opening a case in the resolution centre.",
    "Understood, apologies, I'll refund in full of course.",
    "Garden hose 25m, split at the end, hence the price.",
    "Does the table come assembled?",
    "How heavy is the parcel?",
    "Please send it to the InPost locker at Tesco Extra, Leeds.",
    "Send me the order number and I'll have a look.",
    "Order number 2026-11-8812.",
    "Got an email saying I need to pay extra for a parcel, that's phishing, right?",
    "Yes, that's a scam, the site never asks for extra fees by email.",
    "Collection in Scunthorpe, payment through the site beforehand.",
    "I'll post first thing tomorrow, the post office is closed now.",
    "Do you have this one in navy?",
    "Books in very good condition, one has a bent corner.",
    "Sorry, my mistake in the listing, it's a size 6.",
    "I'll take it, paying through the site now.",
    "I'll collect after work, around six.",
    "Courier rang to say he'll be an hour, great.",
    "I don't have Revolut and don't need it, I'll pay on the site.",
    "I've reported the user who wanted my phone number.",
    "Cat toy, feather on a wand.",
    "Is the casing metal or plastic?",
    "Thanks for your order, feedback would be appreciated!",
    "Left positive feedback, all great.",
    "Is the perfume genuine? I can't see a batch code in the photo.",
    "Yes, genuine from Boots, the batch code is on the base.",
    "Brass fish-shaped bottle opener.",
    "Pint glasses with the Guinness logo, set of 4, unused.",
    "Could you do a VAT invoice with my company name?",
    "Thank you for contacting us. Your refund of £24.50 has been issued to your original payment method and should appear within 3-5 working days.\n\nKind regards,\nCustomer Service Team\nHughes Home Ltd\n14 Mill Lane, Leeds LS1 4AB",
    "Can I pay with Apple Pay at the site's checkout?",
    "4.9 rating from 300 sales, have a look.",
    "Hi, just to confirm, the courier will only call the number on the order if they can't find the house.",
    "Shipped via Evri, you'll get a text with the tracking link from them.",
]
