# ruff: noqa: E501
"""English messages for held-out set 12 (written directly in English, own scenarios)."""

BLOCK = {
    "prohibited_item": [
        "any chance of some edibles with the cookbook? the 500mg gummies",
        "Got a demijohn of scrumpy I brewed, £3 a bottle, can post",
        "need HGH pens for a cut, no prescription",
        "selling my leftover Ozempic pens, no prescription required",
        "AirPods Pro clones, I'll sell them to you as sealed genuine Apple",
        "Amber Leaf with no UK duty stamp, 10 pouches for £70",
        "flick knives and a knuckle duster, no questions",
        "2C-B and acid tabs available",
        "bike's from outside the uni library, bolt cutters did the job, £90",
        "Fortnite accounts with stacked skins, phished off kids, cheap",
        "pallets of Lego sets lifted from a depot, half RRP",
        "spice, 1g packs, next day",
        "m3th, crystal, Midlands",
        "my dad's home-distilled whisky, 70cl £30, posted",
        "codeine linctus by the bottle, no pharmacy needed",
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
        "contact me at jake[at]flipsuk[dot]com for trade prices",
        "phone number is oh two oh, seven nine four six, oh double one two",
        "+1 (415) 555-0132 is my US cell, iMessage me",
        "meet at the Asda car park, cash in hand, no need to check out",
        "can you Apple Pay Cash it to my phone instead? avoids the site fees",
        "send the deposit on Venmo @jake-flips and the rest when you collect",
        "cancel this and pay me by BACS, I'll take £10 off",
        "I'll give you my work email, order through the company and skip this site",
        "LINE or WeChat? my ID is jakeflips88",
        "ring 0 7 seven 0 0, nine 0 0, five six 7",
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
        "everything I sell is on linktr.ee/ellasvintage",
        "checkout's playing up, use square.link/u/Kx92aB instead",
        "buy it now on my shopify: ellavintage.myshopify.com",
        "full write-up on reddit.com/r/ukbikes/comments/18xk2",
        "same listing on gumtree.com/p/bikes/9912345, cheaper",
        "tracking's not with a courier, check parcel-status-uk.info/track/5512",
        "your invoice: wave.com/i/ABC123pay",
        "book a viewing at calendly.com/sam-bikes",
        "pay via stripe: buy.stripe.com/14k9Xq",
        "live demo on zoom.us/j/5551234",
        "more info on my page ellas-shop.notion.site",
        "reserve it at ko-fi.com/ellavintage",
        "short link to the deal: is.gd/bikeDeal",
        "see my depop: depop dot com forward slash ellavintage",
        "catalogue here: canva.site/ellas-vintage-catalogue",
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
        "PayPal shows your £420 as pending until you send the tracking number and a £30 shipping insurance",
        "I'm a solicitor handling the estate of the late Mr Graham Whitfield, you're a beneficiary, release fee £250",
        "We've been chatting for weeks, I'm a widowed engineer in Aberdeen, I need £750 for my daughter's surgery",
        "Your seller account has a chargeback, pay the £89 dispute fee to avoid legal action",
        "Unclaimed dormant account of £48,000 in your name, £120 to process the release",
        "I hacked your router camera and recorded you, pay $900 in BTC",
        "We can recover the money you lost to scammers, upfront fee £299",
        "My uncle at a big bank shares forex signals, deposit USDT and it doubles in a week",
        "Pay into my escrow agent MoneyShield Ltd, they hold it until you get the item, honest",
        "Postcode lottery winner! Claim your £25,000, admin fee £49",
        "Pay me £200 or I report you to trading standards and the police for fraud",
        "Refund team here: we overpaid your refund by £400, send it back in Apple gift cards",
        "Evri: we missed you, book a new slot for £1.20 today or your parcel goes back",
        "Your bank transfer is done, see the attached 'confirmation', now please post the PS5",
        "DVLA: your vehicle tax payment failed, pay now or face a £1,000 fine",
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
        "need your sort code, account number and the memorable word",
        "what's the passcode for your banking app?",
        "read out the 6-digit code WhatsApp just texted you",
        "share your Steam Guard code and I'll send the trade",
        "what's your PayPal login? I'll refund myself",
        "need the last 4 of your SSN and your date of birth",
        "screenshot your banking app with the account number showing",
        "send me your Amazon password and I'll order it for you",
        "what does your PINsentry card reader show? type the code here",
        "send me the login to your Royal Mail account so I can print the label",
        "need your routing and account number to send the refund",
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
        "eat shit, you fraud",
        "cheers for nothing, dickwad",
        "fuck off with your lowball offers",
        "you utter cretin",
        "what a twat you are",
        "go to hell, you lying bitch",
        "s h i t e seller, you arsehole",
        "you muppet, you sent it to the wrong address, moron",
        "d1ckhead",
        "you piece of crap human being",
        "you bloody idiot can't even count",
        "you absolute cockwomble",
        "screw you, jackass",
        "fuuuck off and stay off, loser",
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
    "Are the Arctic Monkeys records first pressings or reissues?",
    "Reissues, 2018, played maybe twice. Sleeves are mint.",
    "Would you do the three LPs for £40 through the basket?",
    "Go on then, I'll send you an offer on the site for £40.",
    "Is the Warhammer army painted or still on the sprue?",
    "About half painted, the rest are still on sprues, photos in the listing.",
    "Does the Barbour need rewaxing? Looks a bit dry in the pics.",
    "It could do with a rewax to be honest, that's why it's priced low.",
    "Are the Levi's 501s true to size? I'm a 32 waist.",
    "They're a 32 but shrunk a touch, more like a 31.",
    "Football boots, size 9, firm ground, worn for half a season.",
    "Any wear on the studs? My lad plays on 3G.",
    "Garden bench and two chairs, teak, needs an oil but solid.",
    "Can I collect on Saturday in a van? I'll have paid on the site by then.",
    "Saturday works, anytime after 11. Postcode's on the order.",
    "Pokémon cards are all from my own collection, no fakes, I'll sleeve them.",
    "Is the Big Muff pedal the Russian version or the NYC one?",
    "NYC reissue, works perfectly, includes the box.",
    "School uniform bundle, age 7-8, two jumpers and three polo shirts.",
    "Is the PS5 game disc scratched? Mine skips on some discs.",
    "No scratches, I'll post it in a padded envelope, Royal Mail Large Letter.",
    "Used Collect+ at the Co-op, they gave me a receipt with the tracking number.",
    "Hermes ParcelShop at the newsagents says it's ready for collection.",
    "Sent Special Delivery because of the value, it'll need a signature.",
    "The Amazon-style locker in the station texted me a code, got it, cheers.",
    "Parcel's been sat at the depot in Rugby for two days, I've chased Evri.",
    "Evri chat said it was mis-sorted and will be with you Thursday.",
    "Checkout wouldn't take my card at first but it went through on the second go.",
    "I've paid, the app says 'awaiting dispatch'.",
    "Refund requested through the resolution centre as agreed.",
    "Buyer asked me to text them the code from my bank, I said no and blocked them.",
    "My sister nearly got caught by a fake courier text, please be careful everyone.",
    "If anyone asks you to pay off the site it's a scam, report them.",
    "I'll stick with the site's payment, I've been burnt before.",
    "Fair enough, I'd prefer that anyway.",
    "Someone tried to get me onto WhatsApp, I've reported the account.",
    "The vintage 'Killer Queen' Queen single is a UK pressing.",
    "Shiitake and oyster mushroom grow bags, two for £12.",
    "Cast iron skillet, well seasoned, from my nan's kitchen.",
    "Carving knife and fork set, boxed, never used.",
    "Champagne flutes, set of 6, Dartington, no chips.",
    "Homebrew kit for beer, empty fermenter and bottles, no beer included.",
    "Can I ask what the tog rating is on the duvet?",
    "Pram folds one-handed, fits in a Fiesta boot.",
    "Bike has new tyres and brake pads, serviced at Halfords in March.",
    "Frame size is 54cm, suits someone 5'8 to 5'11.",
    "Sorry, I can't do delivery, collection from Harrogate only.",
    "Can you measure the inside leg for me?",
    "Inside leg is 30 inches, waist measured flat is 16.",
    "Order arrived but the charger is missing, could you check?",
    "Really sorry, it's still on my desk, I'll post it tomorrow at my cost.",
    "I've left feedback, thanks again.",
    "Happy to answer any other questions on here.",
    "Could you hold it till payday Friday? I'll pay through the site then.",
    "I can hold it till Friday evening, then it goes back up.",
    "Is smoke-free and pet-free home true? My son's allergic.",
    "Yes, no pets and nobody smokes.",
    "Lost my password for the site, reset it via their email, all good now.",
    "Support told me they never ask for codes by chat, good to know.",
    "The order number on my side is 2026-UK-77104, does that match yours?",
    "Yes, same order, I'll mark it dispatched now.",
    "What's the postage to the Isle of Wight? Some couriers charge extra.",
    "It's £2 more with DPD, I'll update it on the listing.",
    "Tracking shows delivered but it's not here, could it be a neighbour?",
    "DPD's photo shows your porch, maybe check behind the bins?",
    "Found it behind the recycling, sorry for the panic!",
    "Can the table extend? Need it to seat six.",
    "Extends to 180cm with the leaf in, seats six comfortably.",
    "The lamp shade's a bit faded on one side, priced accordingly.",
    "Would you take £15 for the lamp on its own?",
    "Yes, I'll split the listing so you can buy it through the site.",
    "Does the guitar come with a case?",
    "Gig bag only, but it's padded.",
    "Please don't ring me, the messages here are easier for me.",
    "Course, we'll keep it on here.",
    "The courier might ring the number on the order, that's normal.",
    "Are these bath bombs vegan? Asking for my daughter.",
    "Yes, vegan and cruelty-free, ingredients on the label.",
    "Thanks for the quick reply, buying now.",
    "Lovely doing business, take care.",
    "Dear Mrs Patel,\n\nThank you for your message regarding order 1187-442. We're sorry the lid arrived cracked. A replacement has been dispatched today via Royal Mail Tracked 24; you'll receive tracking from Royal Mail directly.\n\nKind regards,\nJoanne\nCustomer Care | Brightwater Kitchenware\nUnit 4, Riverside Park, Stockport SK1 3AA",
    "Hello,\n\nWe've received your return and a full refund of £32.99 has been processed through the marketplace. Please allow 3-5 working days.\n\nBest wishes,\nThe Little Fern Studio team",
    "Hi Mark,\n\nQuick update: the courier confirmed a delivery window of 9am-1pm tomorrow and will call the number on your order if needed.\n\nThanks,\nAlan | Dispatch\nHolt Outdoor Ltd, 22 Quay Street, Bristol BS1 4DQ",
    "Thanks for reaching out. For your security we will never ask for your password, card details or one-time codes. If anyone does, please report it through the Help Centre.\n\nRegards,\nSupport Team",
    "Good afternoon,\n\nPlease find your VAT invoice attached in the order details on the site. Order 2026-UK-90312, total £149.00 incl. VAT.\n\nMany thanks,\nAccounts, Whitby Home & Garden",
    "Scunthorpe to Grimsby delivery is fine, I'll use Evri.",
    "The 'killer deal' badge was the site's promo, not mine, but the price is genuine.",
    "Is the Dyson cordless still holding charge OK?",
    "About 25 minutes on normal mode, less on max.",
    "Are the Hunter wellies a UK 5?",
    "Yes, UK 5, a bit of scuffing on the toes.",
    "Any chance of a few more photos of the back of the wardrobe?",
    "Added four more photos to the listing just now.",
    "The Royal Mail Click & Drop label's printed, going to the post office at lunch.",
    "Got it today, packed really well, thanks.",
    "Could you confirm the model number on the base? Want to check parts.",
    "Model number's KM2017, I'll add it to the description too.",
    "Is the record player belt-drive? The belt on mine perished.",
    "Belt-drive, and I fitted a new belt last month.",
    "Afraid it's sold, sorry, I'll mark the listing.",
]
