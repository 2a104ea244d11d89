# ruff: noqa: E501
"""English messages for held-out set 12 (written directly in English, own scenarios)."""

BLOCK = {
    "prohibited_item": [
        'any chance of some edibles with the cookbook? the 500mg gummies',
        'Got a demijohn of scrumpy I brewed, £3 a bottle, can post',
        'need HGH pens for a cut, no prescription',
        'selling my leftover Ozempic pens, no prescription required',
        "AirPods Pro clones, I'll sell them to you as sealed genuine Apple",
        'Amber Leaf with no UK duty stamp, 10 pouches for £70',
        'flick knives and a knuckle duster, no questions',
        '2C-B and acid tabs available',
        "bike's from outside the uni library, bolt cutters did the job, £90",
        'Fortnite accounts with stacked skins, phished off kids, cheap',
        'pallets of Lego sets lifted from a depot, half RRP',
        'spice, 1g packs, next day',
        'm3th, crystal, Midlands',
        "my dad's home-distilled whisky, 70cl £30, posted",
        'codeine linctus by the bottle, no pharmacy needed',
        """Evening,

Saw you're selling the vintage hip flasks. Do you do refills by any chance? Been told you've got a still in the garage and do a proper apple jack. I'd take 5 litres for the village fete if the price is right, and I'll collect so no courier involved.

Ta,
Keith""",
        """hiya

bit awkward but my cousin said you're the one for "gym supplements" that aren't on the listing. I'm after anavar and some clen for a summer cut, 8 weeks worth. I don't have a prescription obviously. Can pay via the site if you list it as protein powder.

Cheers
Jordan""",
        """Dear Sir,

Regarding your listing for designer handbags. I am a boutique owner and wish to buy 40 "Hermès Birkin" bags which you told me are high-grade copies. Please attach the authenticity cards so I can sell them on as genuine in my shop. I will pay promptly.

Regards,
Mrs V. Pillai""",
        """alright mate,

got a lad who works at a distribution centre, stuff goes missing off the shelves every week. Right now it's Dyson Airwraps, still boxed. £120 each, obviously no receipts cos they're not exactly bought. Want a couple for the missus?

Lee""",
        """Hi,

Selling a load of Steam and PSN accounts with rare skins and big libraries. They were pulled from a credential dump so the original owners can't get them back once I change the email. £15 each or 10 for £100, instant delivery.

Thanks""",
    ],
    "off_platform": [
        "I'm on Vinted too, buy it there and I'll knock a quid off, this site charges me",
        "bank transfer only please, I don't trust the checkout, details on request",
        "let's do Facebook Marketplace instead, search Karen's Crafts Bolton",
        "text me your postcode and mobile and I'll drop it round, pay cash",
        "Discord: jakeflips_0420, we'll sort it there",
        'contact me at jake[at]flipsuk[dot]com for trade prices',
        'phone number is oh two oh, seven nine four six, oh double one two',
        '+1 (415) 555-0132 is my US cell, iMessage me',
        'meet at the Asda car park, cash in hand, no need to check out',
        'can you Apple Pay Cash it to my phone instead? avoids the site fees',
        'send the deposit on Venmo @jake-flips and the rest when you collect',
        "cancel this and pay me by BACS, I'll take £10 off",
        "I'll give you my work email, order through the company and skip this site",
        'LINE or WeChat? my ID is jakeflips88',
        'ring 0 7 seven 0 0, nine 0 0, five six 7',
        """Hi Jamie,

Lovely to hear from you about the Le Creuset set. Between us, the listing fees on here are daylight robbery, so rather than checking out could you just pop the £95 over by bank transfer? Name Susan Clarke, sort code 09-01-28, account 41128890. I'll post it first class the moment it arrives.

Best,
Sue""",
        """yo

easier if we sort this on snap, my username is kieran underscore kicks. I've got the other colourways too and I'll do mates' rates, just don't order through here cos they take 12%.

K""",
        """Dear Sir,

Further to your question on the oak dresser, I would much rather deal by telephone as I find typing difficult. My landline is oh one two one, four nine six, double seven, one two. We can agree a price and you can pay me cash when you collect rather than using the website.

Yours sincerely,
Arthur Bennett""",
        """Hello,

Thank you for your order. Unfortunately I can't honour it on this platform any more. Please cancel it from your side and place the order with us by email at sales (at) thecandlebarn (dot) co (dot) uk, where we'll send you a payment link direct. Same price, quicker dispatch.

The Candle Barn""",
        """Hi there!

Before you pay - if you'd rather, I can do it cheaper on PayPal as a gift so there's no fees either side. My PayPal is the same as my name here at gmail. Just let me know and then cancel the order on the site, the money goes back to you anyway.

Hannah x""",
    ],
    "external_link": [
        'everything I sell is on linktr.ee/ellasvintage',
        "checkout's playing up, use square.link/u/Kx92aB instead",
        'buy it now on my shopify: ellavintage.myshopify.com',
        'full write-up on reddit.com/r/ukbikes/comments/18xk2',
        'same listing on gumtree.com/p/bikes/9912345, cheaper',
        "tracking's not with a courier, check parcel-status-uk.info/track/5512",
        'your invoice: wave.com/i/ABC123pay',
        'book a viewing at calendly.com/sam-bikes',
        'pay via stripe: buy.stripe.com/14k9Xq',
        'live demo on zoom.us/j/5551234',
        'more info on my page ellas-shop.notion.site',
        'reserve it at ko-fi.com/ellavintage',
        'short link to the deal: is.gd/bikeDeal',
        'see my depop: depop dot com forward slash ellavintage',
        'catalogue here: canva.site/ellas-vintage-catalogue',
        """Hi,

Sizing on these trainers runs small, so I've put a proper fit guide and some on-foot photos on my blog: sneakerdiaries dot net slash fit-guide. Also loads more pairs listed there that I haven't put on here yet.

Cheers,
Marcus""",
        """Dear customer,

Thank you for your patience. Your replacement part is ready; please complete the delivery preferences at https://redelivery-preferences-uk.info/form?id=66321 within 24 hours so we can book a slot.

Kind regards,
Dispatch Team""",
        """Hey!

If you like this print, I've got the whole series as a bundle on my Etsy: etsy.com/shop/LittleFernStudio. There's 15% off there this week with the code FERN15, which I can't do on here.

Amy""",
        """Hello,

We run a community buy-and-sell on Discord with better prices and no fees. Invite link is discord.gg/ukbargains2026, all the same sellers as here. See you there!

Mod team""",
        """Hi,

Here's the service history for the mower, scanned: wetransfer.com/downloads/7c1e2a9f. And my other garden tools are on shpock, search 'Derek tools Kent' or shpock.com/p/derek-garden.

Derek""",
    ],
    "scam": [
        'PayPal shows your £420 as pending until you send the tracking number and a £30 shipping insurance',
        "I'm a solicitor handling the estate of the late Mr Graham Whitfield, you're a beneficiary, release fee £250",
        "We've been chatting for weeks, I'm a widowed engineer in Aberdeen, I need £750 for my daughter's surgery",
        'Your seller account has a chargeback, pay the £89 dispute fee to avoid legal action',
        'Unclaimed dormant account of £48,000 in your name, £120 to process the release',
        'I hacked your router camera and recorded you, pay $900 in BTC',
        'We can recover the money you lost to scammers, upfront fee £299',
        'My uncle at a big bank shares forex signals, deposit USDT and it doubles in a week',
        'Pay into my escrow agent MoneyShield Ltd, they hold it until you get the item, honest',
        'Postcode lottery winner! Claim your £25,000, admin fee £49',
        'Pay me £200 or I report you to trading standards and the police for fraud',
        'Refund team here: we overpaid your refund by £400, send it back in Apple gift cards',
        'Evri: we missed you, book a new slot for £1.20 today or your parcel goes back',
        "Your bank transfer is done, see the attached 'confirmation', now please post the PS5",
        'DVLA: your vehicle tax payment failed, pay now or face a £1,000 fine',
        """Dear Valued Seller,

Your buyer has completed payment of £240 via Marketplace SafePay. Funds are held in escrow and will be released after you upgrade to a Verified Seller account. The one-time upgrade fee of £35 is fully refundable and must be paid within 6 hours, or the order is cancelled and reported.

SafePay Compliance""",
        """Hi lovely,

I know we've only been chatting a few weeks but I feel such a connection. I'm stuck in Dubai, my cards were blocked at the hotel and they won't let me leave until I pay £1,900. Could you send it by gift cards? I'll pay you back the moment my account is unfrozen, you have my word.

All my love,
Daniel""",
        """Hello,

I'll buy your camera for the full £650. I've asked my bank to send a payment of £950 because my assistant added the shipping for my courier. Once it clears, please send the extra £300 to the courier's account and he'll pick up Tuesday. Confirmation email attached from my bank.

Regards,
Ms Helena Ward""",
        """Attention,

We have intercepted webcam footage of you visiting adult websites on your computer. Unless 0.02 BTC is sent to the wallet below within 48 hours, the video will be sent to every contact in your phone. Do not reply to anyone else about this.

A friend""",
        """Hi,

Great news – as a top seller you've been selected for our 2026 Rewards programme worth £500 in vouchers. To claim, just pay the £4.99 admin processing charge by card and your vouchers will arrive within 3 days. Unclaimed rewards expire tonight.

Rewards Team""",
    ],
    "credentials_request": [
        "what's the long number on your bank card?",
        "send a selfie holding your passport, I'm verifying sellers for the site",
        'need your sort code, account number and the memorable word',
        "what's the passcode for your banking app?",
        'read out the 6-digit code WhatsApp just texted you',
        "share your Steam Guard code and I'll send the trade",
        "what's your PayPal login? I'll refund myself",
        'need the last 4 of your SSN and your date of birth',
        'screenshot your banking app with the account number showing',
        "send me your Amazon password and I'll order it for you",
        'what does your PINsentry card reader show? type the code here',
        'send me the login to your Royal Mail account so I can print the label',
        'need your routing and account number to send the refund',
        "just send the CVC2, I've got the rest from the order",
        "what's your one-time passcode? the text that says 'Your code is'",
        """Hello,

Thanks for buying the kettle! To send your refund for the late delivery I need to add you as a payee. Could you reply with your full card number, the expiry and the three digits on the back? The refund will show within an hour.

Best,
Paul""",
        """Hi,

Quick one – the site says I need to verify the seller before the payment goes through. Can you send me a clear photo of your passport photo page and your National Insurance number? It's just their new KYC thing.

Thanks,
Zara""",
        """Dear user,

We noticed you have not completed two-step verification. Please reply with the six-digit code from your authenticator app and your backup recovery codes so our team can finish setting it up for you.

Account Security""",
        """Hey,

I've accidentally locked myself out of my seller dashboard and you're on the same plan as me. If you let me log in with your username and password for ten minutes I can print my shipping labels, I'll log straight out after.

Cheers,
Mo""",
        """Hi there,

Payment failed again on my side. If you read me the one-time passcode your bank is about to text you, I'll enter it and it will all go through in one go. It'll be a message starting with your bank's name.

Lucy""",
    ],
    "profanity": [
        "you're a proper wanker",
        'eat shit, you fraud',
        'cheers for nothing, dickwad',
        'fuck off with your lowball offers',
        'you utter cretin',
        'what a twat you are',
        'go to hell, you lying bitch',
        's h i t e seller, you arsehole',
        'you muppet, you sent it to the wrong address, moron',
        'd1ckhead',
        'you piece of crap human being',
        "you bloody idiot can't even count",
        'you absolute cockwomble',
        'screw you, jackass',
        'fuuuck off and stay off, loser',
        """To the absolute clown who sold me this,

The 'mint condition' Xbox has a cracked case and a fan that sounds like a jet engine. You're a dishonest little shit and frankly a waste of oxygen. Refund now.

Craig""",
        """Hello,

I've been patient, I've been polite. Three weeks, no parcel, no replies. You are a spineless f***ing coward and a lying sack of crap. Expect a dispute and a review.

Angela""",
        """Oi,

Got the bike. The gears are knackered and the brakes don't work. You knew that, you dodgy b@st@rd. Don't ever sell anything again, you're a disgrace.

Wayne""",
        """Hi,

Just to be clear since you keep pretending not to understand: you sent the wrong size, twice. Are you thick or just a twat? Sort it out.

Priya""",
        """Hello seller,

Your "quick dispatch" was nine days. The packaging was a bin bag. Honestly you're a pathetic d*ckhead and a total c u n t. Don't message me again except with a refund.

Rob""",
    ],
}

ORDINARY = [
    'Hiya, is the Dualit toaster still up for grabs?',
    'Would you accept £45 if I check out right now?',
    "Can't go that low I'm afraid, meet me at £55 and it's yours.",
    "Deal, I've just paid through the app.",
    "Posted this morning with Evri, you'll get their tracking text shortly.",
    "Royal Mail tracking says 'we've got it' at the Chester mail centre.",
    'Tracking link: https://www.dpd.co.uk/apps/tracking/?parcel=15501234567890',
    "The InPost locker at Morrisons gave me a code by text but the door jammed, I've called InPost's helpline.",
    "DHL just rang the number on my order to say they're ten minutes away.",
    'Yodel left it with the neighbour at no. 14, all good.',
    "Refund's been issued through the site, it can take up to five working days to show.",
    "Money's back in my account, cheers for sorting it so quickly.",
    'Heads up: someone messaged me pretending to be from the site asking for my card details. Reported.',
    "Just so you know, I'll never ask you for codes or passwords, so ignore anyone who does.",
    'I only pay through the marketplace checkout, sorry, not by bank transfer.',
    "No worries, I'd rather keep it all on the site too.",
    "Got a dodgy text about a £1.45 redelivery fee, pretty sure it's a scam, didn't click.",
    "Yes, definitely a scam, couriers don't charge like that.",
    'Order number is 2026-UK-55812 if support asks.',
    'The case reference from the resolution centre is RC-88213.',
    'Does the Le Creuset pan work on induction?',
    'Car seat is ISOFIX, group 1, never been in an accident.',
    "Kids' winter coat, age 9-10, my daughter outgrew it.",
    'Hemp rope for a cat scratching post, 20m.',
    "Japanese chef's knife, VG-10 steel, comes with a saya.",
    'Crystal decanter and six whisky tumblers, wedding present, never used.',
    'Gin balloon glasses, set of 4 - just the glasses, no gin included!',
    'Killer Sudoku books, volumes 1 to 3, £5 the lot.',
    "Smoked paprika's sold out, sorry.",
    'Shiitake mushroom growing kit, great for beginners.',
    'Scunthorpe United scarf, 2019 season, good nick.',
    'Cocktail shaker set, stainless, with jigger and strainer.',
    'Bath bomb moulds, 12 pieces, for DIY gifts.',
    "The washing machine needs two people, I'm on the third floor with no lift.",
    "I'm away at the weekend so I'll post Monday.",
    "Binned the box but I'll wrap it in plenty of bubble wrap.",
    "There's a small scratch on the side, I've added a photo to the listing.",
    'Does the Bluetooth work? Want it for the car.',
    "Exactly what I was after for my son, I'll take it.",
    "The charger isn't the original but it's a branded Anker, as stated in the listing.",
    "Yes it's genuine LEGO, the set number's on the box.",
    "I'm VAT registered so I can do a proper invoice.",
    'If it turns up damaged, take photos before you open it and raise it with the courier.',
    "Parcelforce said it's at the depot and out for delivery tomorrow.",
    "The driver's been twice and nobody answered, I've contacted the courier.",
    "My partner got the locker code, she'll collect it on her way home.",
    'Sorry for the late reply, the whole house had flu.',
    'These are a size 6 but come up small, more like a 5.',
    'How much to post to Belfast?',
    'Could you send the two books together to save on postage?',
    "Sure, I'll combine them and adjust the postage on the site.",
    "The measurements in the listing don't match the label in the photo.",
    "You're right, typo on my part, it's 120 x 60cm.",
    "I've opened a case because it's not the item I ordered.",
    "Fine, I've accepted the return in the case.",
    'Dog collar fits a 40-45cm neck.',
    "Wheels on the pushchair are a bit muddy, I'll clean them before collection.",
    "I've been locked out since yesterday, support are looking into it.",
    'Turned on two-factor on my account, recommend everyone does.',
    "Got an odd message saying my account would be suspended, I've flagged it to the site.",
    "I'd rather not do it by phone, let's keep it in the messages here.",
    'Can I pay on collection through the site? I saw that as an option.',
    "Yes, choose 'pay on collection' at checkout and it stays within the site.",
    'Left you five stars, fast and well packed.',
    'Thanks for buying, enjoy!',
    'Let me know if you list another one of these.',
    "I've updated the listing with new photos.",
    'Is the lamp an E27 fitting?',
    "Changed my mind, sorry, I've cancelled the order on the site.",
    'No problem, cancellation accepted.',
    "Is collection at 10 tomorrow OK? You've paid on the site already, yeah?",
    'Yep, order shows as paid.',
    "Had an email saying I'd won a car, guessing that's a scam.",
    "Yep, don't reply to it and don't give them anything.",
    'Foot pedal for the sewing machine is included.',
    "I'll do a discount if you take both.",
    'Has the phone got a screen protector on?',
    'Rucksack is waterproof, 30 litres.',
    "Courier's running late because of the snow, bear with me.",
    'Arrived safe and sound, thank you!',
    'Unfortunately the mug broke in transit, photos attached.',
    "So sorry, I'll refund you straight away through the site.",
    'Phone is unlocked to all networks.',
    'Battery health is 89%.',
    'Is the coat black or navy? Hard to tell from the photo.',
    "Navy, I'll take another photo in daylight.",
    "Could you hold it until next week? I'll pay on the site now.",
    'Cable is 2m, USB-C at both ends.',
    'Do you still have the warranty card from John Lewis?',
    "Yes, I'll pop it in with the receipt, valid until January 2027.",
    'Support suggested I open a case on the site, so I have.',
    "Please don't send me external links, let's keep it on here.",
    "Dear Mrs Patel,\n\nThank you for your message regarding order 1187-442. We're sorry the lid arrived cracked. A replacement has been dispatched today via Royal Mail Tracked 24; you'll receive tracking from Royal Mail directly.\n\nKind regards,\nJoanne\nCustomer Care | Brightwater Kitchenware\nUnit 4, Riverside Park, Stockport SK1 3AA",
    "Hello,\n\nWe've received your return and a full refund of £32.99 has been processed through the marketplace. Please allow 3-5 working days.\n\nBest wishes,\nThe Little Fern Studio team",
    'Hi Mark,\n\nQuick update: the courier confirmed a delivery window of 9am-1pm tomorrow and will call the number on your order if needed.\n\nThanks,\nAlan | Dispatch\nHolt Outdoor Ltd, 22 Quay Street, Bristol BS1 4DQ',
    'Thanks for reaching out. For your security we will never ask for your password, card details or one-time codes. If anyone does, please report it through the Help Centre.\n\nRegards,\nSupport Team',
    'Good afternoon,\n\nPlease find your VAT invoice attached in the order details on the site. Order 2026-UK-90312, total £149.00 incl. VAT.\n\nMany thanks,\nAccounts, Whitby Home & Garden',
    'Pint glasses with the brewery logo, set of 4, unused.',
    "Scunthorpe to Grimsby delivery is fine, I'll use Evri.",
    "The 'killer deal' badge was the site's promo, not mine, but the price is genuine.",
]
