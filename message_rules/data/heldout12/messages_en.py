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
