# ruff: noqa: E501
# Held-out set 35, English: relayed e-mail (signatures, quotes, auto-replies, pasted orders).

BLOCK = {
    "prohibited_item": [
        "Hi there,\nwe have 35 MacBook Airs in stock, no boxes, please don't ask where they came from, hence £250 each.\nKind regards\nGary Holt\nSales Manager\nHolt Trade Supplies Ltd",
        "Hello,\nI can add some Tramadol to your order, you won't get it without a prescription at the chemist. 30 tabs for £60.\nCheers",
        "Dear Sir or Madam,\nwe stock AAA grade replica Rolex and Omega watches, indistinguishable from the real thing. Trade price £90.\nYours faithfully\nSales Department",
        "Hey,\nI've also got a blank-firing pistol converted to take live rounds, no licence needed between us, can chuck it in the parcel.\nLater",
        "Hi,\nselling duty-free cigarettes brought over without declaring them, £45 a sleeve, posted hidden inside a box of clothes.\nThanks, Kelly",
        "> Have you got anything to help me sleep?\n\nI have diazepam 10 mg, a strip of 28 for £40, no script needed, sent discreetly.",
        "Good afternoon,\nwe produce university degree certificates and transcripts on genuine paper with holograms. Turnaround 7 days.\n--\nDocument Solutions",
        "Hi,\nWindows 11 Pro with a KMS activator and cracked Adobe suite on a USB stick, £20.\nRegards\nDan",
        "Dear seller,\nwe offer a bundle of 50 five-star reviews for your shop profile, written from different accounts. £150.\nBest wishes\nGrowth Team",
        "Hiya,\nhomemade moonshine, 5 litres, 60 percent, I can post it with the demijohn you're buying.\n\nSent from my iPhone",
        "Hello,\nI have a baby slow loris and a pair of hyacinth macaws, no paperwork, collection from Leeds only.\nRegards",
        "Hi,\nYeezy trainers, they're not genuine but top quality fakes, nobody will know. £60 a pair.\n--\nJordan\nKicks Corner",
        "Hello,\nthe bike's frame number is ground off because it was nicked, that's why it's so cheap. Pick up after dark.\nCheers",
        "Dear Buyer,\nwe have a consignment of counterfeit Chanel and Dior fragrances, boxes identical to the originals. Minimum order 20 units.\n[image]\nWholesale Team",
        "Hi,\nhome-grown weed, an ounce, I can send it along with the grow tent you were looking at.\nTa",
        "Hello,\nI can sort you a full UK driving licence without a test, looks exactly like the real one. £300 deposit.\n\nSent from my Samsung Galaxy",
        "On Wed, 3 Dec 2026 at 10:14, Jamie wrote:\n> Do you do steroids?\n\nYes, test enanthate, 10 ml vial for £45, no prescription needed.",
        "Hi,\nselling 200 rounds of 9mm, no need to show me any certificate. Collection only.\nThanks, Rob",
        "Hello,\nLouis Vuitton bags, mirror-quality replica, logo just like the original, £80.\nRegards\nAmy\nAmy's Boutique",
        "Hi,\nI can do you a fake sick note for any dates you need, £50.\nRegards",
    ],
    "off_platform": [
        "Hello,\nthanks for your interest. Call me after 5pm.\nKind regards\nAndrew Nolan\nWarehouse Manager\nMob: 07700 918 377",
        "Hi,\nbetter to finish this on WhatsApp, messages here come through late.\n--\nPeter Clarke\nWhatsApp: +44 7911 330918",
        "Hello,\nplease pay straight into my account rather than through the site, saves us both the fees:\nSort code 20-45-77, account 41927385\nRegards",
        "Hi,\ndrop me an email at john.walsh84@gmail.com and I'll send more pictures.\n\nSent from my phone",
        "> Can I pay through the site?\n\nI'd rather have cash on collection and I'll take the listing down so I don't pay the commission.",
        "Hello,\nmessage me on Telegram @furniture_ollie, more photos and better prices there.\nCheers\nOllie",
        "Dear Customer,\nregarding your order please contact our office directly on 0161 496 0721 and we'll arrange payment outside the platform.\nYours sincerely\nCustomer Services",
        "On Tue, 2 Dec 2026, Eve wrote:\n> We could sort this off the site, I'll give you my number.\n\nSure, send your number over and I'll ring you tomorrow.",
        "Hi,\njust PayPal friends and family to me and we're done, no site fees.\nRegards",
        "Hello,\nfind me on Facebook Messenger, Karen Whitfield, Norwich.\nThanks\nKaren",
        "Hi,\nmy number is 07 8 12 44 90 61, call or text, I rarely check this.\nCheers\nSteve",
        "Hello,\nI'll reply faster on Signal: +44 7700 120554.\n--\nMartha Fox\nGraphic Designer\nFox Studio",
        "Hi,\nlet's finish the sale on eBay or Gumtree instead, my selling is blocked here.\nThanks",
        "Dear Sir,\nbank details for payment outside the platform: IBAN GB29 NWBK 6016 1331 9268 19, reference: dresser.\nYours faithfully\nOakcraft Joinery",
        "Hey\nadd my Snapchat, holly.sells.stuff, we can sort it there\n\nSent from my iPhone",
        "> Could you email me?\n\nSure, my address is bikeworkshop.bristol@outlook.com\nRegards",
        "Hello,\nI'll cancel the order on the site and you just transfer the money to me directly, much simpler.\nThanks",
        "Hi,\nmessage me on Viber 0044 7733 910226 and I'll send a video.\nCheers\nGreg\nGreg's Car Parts",
        "Hello,\nring me: oh seven seven, double oh, three one one, four eight oh.\nCheers",
        "Hi,\nbest pay me via Revolut to my number, the money's with me straight away, not through the site.\n\n--\nLuke Mason\nRevolut: +44 7903 341209",
    ],
    "external_link": [
        "Hi,\nI've put more photos of the sofa here: https://imgur.com/a/Jq7pX2w\nCheers\nMike",
        "Hello,\nour full catalogue: www.furniture-wholesale24.co.uk/catalogue\n--\nSales Team\nFurniture24",
        "Hi,\nvideo of the bike running: youtu.be/Pz9xR2kLq4m\nThanks",
        "Dear Customer,\nour warranty terms are available at: https://warranty-service.co.uk/terms\nYours sincerely\nCustomer Support",
        "Hello,\nsee my other listings in my shop: ebay.co.uk/usr/antiques_zack\nRegards",
        "Hi,\nlaptop spec sheet: bit.ly/3KpW8zR\nSent from my phone",
        "Hello,\nhigher-res photos on my drive: https://drive.google.com/drive/folders/2HjK7mNp\nThanks, Kate",
        "Hi,\nwe also have a shop with offers: teeshirtshack.co.uk\n[image]\nThe Tee Shirt Shack Team",
        "> Do you have more photos?\n\nYes, on Instagram: instagram.com/pottery_by_beth",
        "Hello,\nengine spec here https://pastebin.com/raw/Qw3Lm9Xt\nCheers\nJack",
        "Dear Sir,\nplease see our leasing offer: http://plant-leasing.eu/offer?id=8851\nYours faithfully",
        "Hi,\nvideo of the engine test: https://www.tiktok.com/@garage_zeb/video/6621\nCheers",
        "Hello,\nreview of this camera: photoblog-kim.co.uk/review-sony-a7iv\nKind regards",
        "Hi,\nwardrobe dimensions and drawing: dropbox.com/s/5kq91/wardrobe.pdf\n--\nOak & Pine Joinery",
        "hi\nphotos are here: https://photos.app.goo.gl/Lp2sN8vQz\nta",
        "Hello,\nhave a look at my website www.annas-handmade.com, there are more patterns there.\nThanks, Anna",
        "Dear Customer,\nplease use our returns form: https://forms.gle/Nv5Rp8Kx\nReturns Department",
        "Hi,\nmy feedback on another site: vinted.co.uk/member/martin_r\nCheers",
        "Hello,\nprice comparison here: https://www.pricerunner.com/pl/1-3304221\nRegards",
        "Hi,\nassembly video: vimeo.com/905512348\nThanks\nRay\nRay's Fitting Service",
    ],
    "scam": [
        "Dear Customer,\nyour parcel is on hold due to an unpaid shipping fee of £1.99. Pay within 24 hours: https://royalmail-redelivery-fee.com/p/7712\nRoyal Mail\n[image]",
        "Hello,\nI accidentally sent £1,500 instead of £150. Please refund the £1,350 difference to my cousin's account.\nRegards",
        "Dear User,\nthe buyer has paid for your item. To receive the funds, confirm your card details at: receive-funds-market.co.uk\nSecurity Team",
        "Hi,\nI've already paid through the site, attached is the bank confirmation [image]. The courier comes tomorrow, please send it straight away without waiting for the funds.\nThanks",
        "Dear Friend,\nI am Barrister Daniel Okafor in Lagos. A late client of mine left USD 10.5 million with no next of kin and you share his surname. You will receive 35%. Kindly send the 300 GBP processing fee.\nYours faithfully",
        "Hello,\nmy DHL courier will collect the item but you need to pay the £85 insurance fee first, I'll reimburse it on collection.\nCheers, Mike",
        "Dear Seller,\nto verify your seller account an activation fee of £4.99 is required. Without it your listings will be removed.\nThe Site Team",
        "Hello,\nto reserve the flat I need a £500 holding deposit by bank transfer, I'm abroad at the moment, keys will come by courier.\nRegards\nAnna",
        "Hi,\ncongratulations, you've won an iPhone 16 in our customer prize draw! Just pay £2.95 postage.\n[image]\nPromotions Department",
        "On Fri, 5 Dec 2026, Courier wrote:\n> Please pay a £3 redelivery fee.\n\nThat's right, pay the courier that £3 or I won't send it.",
        "Hello,\nI'm an engineer on an oil rig, I'll pay more than the asking price up front and you send the extra to my shipping agent via Western Union.\nRegards",
        "Dear Customer,\nyour account will be suspended within 12 hours due to an unpaid invoice. Settle £19.99 immediately.\nPlatform Support",
        "Hi,\nplease send a £40 deposit to try on the dress, I'll refund it when it's back.\nThanks, Meg",
        "Hello,\nI sent you the money via secure payment, but the system needs you to deposit £200 first to unlock it.\nRegards",
        "Hello,\norder #6612099 has been cancelled. To receive your £129 refund, log in to the refunds portal and enter your card details.\nRefunds Team",
        "Hi,\nmy transport company will collect the car, you just need to pay £250 up front for the trailer, I'll add it to the price.\nRegards\nJohn",
        "Hello,\nI've sent you a payment confirmation email from the site, please post the item, the money arrives in 3 days.\nThanks",
        "Dear Taxpayer,\nto claim your tax refund on your sales, please pay an administration fee of £12.\nHMRC Refunds Office",
        "Hi,\nselling a PS5 for £280 but only with payment up front by bank transfer, last time someone didn't collect. Posted once paid.\nRegards",
        "Hello,\nre your application for the home packing job: before you start you need to buy a starter kit for £60.\nKind regards\nRecruitment Team",
    ],
    "credentials_request": [
        "Dear User,\nto verify your account please reply to this message with your username and password.\nSecurity Team",
        "Hello,\nto send you the money I need your card number, expiry date and the three digits on the back.\nRegards",
        "Hi,\nyou'll get a text with a code, please type it back to me, it confirms the delivery.\n\nSent from my phone",
        "Hi,\nsend me the one-time passcode from your banking app and I'll pay for the table straight away.\nCheers",
        "Dear Customer,\nplease send a photo of both sides of your passport or driving licence plus a selfie holding it to release your payout.\nVerification Team",
        "Hello,\nlog in to your bank through this form to see the payment: bank-receive.co.uk/login\nRegards",
        "Hi,\njust give me your online banking login and I'll transfer the refund to myself, quicker that way.\nThanks",
        "> How do I receive the payment?\n\nJust send me your card number and CVV and I'll sort the rest.",
        "Hello,\nfor the car sale contract I need a scan of your driving licence and passport, please send them here.\nRegards",
        "hi\nsend me your password for the site, I'll fix your listing, your photos are wrong\ncheers",
        "Dear Customer,\nwe detected an unauthorised sign-in. Confirm your identity by providing your National Insurance number, card number and CVV.\nSecurity Department [image]",
        "Hello,\nplease send me the code your bank texted you, it authorises the courier payment.\nThanks",
        "Hi,\nbefore I come round please send a photo of your ID, I want to know who I'm dealing with.\nCheers, Mark",
        "On Mon, 1 Dec 2026, Tom wrote:\n> Send me the verification code.\n\nSure, and you send me your card PIN too so I can check it.",
        "Hello,\nto ship through our system we need the login details for your bank account.\nYours sincerely\nLogistics",
        "Hi,\nsend me your card number with the expiry date and I'll refund the damaged parcel.\nRegards",
        "Hello,\nsend a photo of both sides of your bank card so I can check the transfer will go through.\nThanks",
        "Dear User,\nfollowing an update to our terms, please re-enter your account password by replying to this email.\nThe Site Team",
        "Hi,\ngive me your Vinted login and password and I'll list your stuff for you.\nCheers",
        "Hello,\nmy bank needs your authorisation code from the text message, please send it within 5 minutes.\nRegards",
    ],
    "profanity": [
        "Hello,\nyou're a complete con artist and a prick, the parcel never arrived.\nRegards",
        "Dear Sir,\nplease be advised that should you fail to return my money by Friday, I will find you and break your legs.\nYours faithfully\nKeith Marsh",
        "Hi,\nwhat is this fucking junk you sent, it's all smashed.\n\nSent from my phone",
        "> Sorry, I can't go any lower on price.\n\nThen shove your listing up your arse, you moron.",
        "Hello,\nyou are a thick stupid cow, this is the third time I'm writing this.\nRegards",
        "To whom it may concern,\nyou are a bunch of thieving idiots and I hope you go bust.\nA customer",
        "Hi,\nif you message me once more I'll come round and torch your car.\nMark",
        "Hello,\nsod this deal, you lying bastard.\nRegards",
        "On Thu, 4 Dec 2026, Anna wrote:\n> Please be patient.\n\nPatient? You dozy cow, give me my money back.",
        "Hi,\nyou can piss off with your complaint, I'm not refunding anything.\nRegards",
        "Dear Sir,\nI regret to say that you are an utter cretin and a clown.\nYours sincerely",
        "Hi,\nshut your mouth and post it, you scumbag.\n\nSent from my iPhone",
        "Hello,\nI know where you live. I'd be careful walking home from work in the evenings.\nRegards",
        "hi\nget lost, you loser, nobody normal would buy this crap",
        "Hello,\nyou're a filthy slag, selling dirty clothes as new.\nRegards",
        "Dear Sir,\nif you do not return the money, some friends of mine will pay you a visit and it will not be pleasant.\nYours faithfully",
        "Hi,\nyou dickhead, give me my money back for that broken phone.\nRegards",
        "Hello,\nfor fuck's sake, how long do I have to wait, you useless idiots in the warehouse.\n--\nAdam",
        "Hi,\nyou're a total wanker and a twat, don't message me again.\nRegards",
        "Dear Madam,\nI hope you drop dead along with that cat you sold me.\nA customer",
    ],
}

_HARD = [
    "Hello,\nthanks for the quick reply. The chest of drawers is still available, collection possible on Saturday from 10am.\nKind regards\nAndrew Nolan\nWarehouse Manager\nNolan Furniture Ltd",
    "On Wed, 3 Dec 2026 at 14:12, Eve wrote:\n> Can we move to WhatsApp?\n\nI'd rather stay with the site's messages, I have the whole history here. Thanks",
    "On Tue, 2 Dec 2026, John wrote:\n> Send me the code from your text and I'll pay.\n\nI don't give anyone codes from texts. Please pay through the site, otherwise I won't post it.",
    "Hello,\nI got an email supposedly from the courier asking for a £1.99 redelivery fee. I'm not clicking it and I've reported it as a scam.\nRegards",
    "Thank you for your email. I am on leave until 14 December 2026 with no access to email. For urgent matters please message through the site after my return.\nMartha Fox",
    "Order confirmation #70581133\n- Office swivel chair, black: £89.00\n- Courier delivery: £4.99\nTotal: £93.99\nOrder date: 04/12/2026\n\nHi, pasting the summary, please check it's right.",
    "Hi,\nphotos of the shelving attached.\n[image]\n[image]\nCheers\nKate\n\nSent from my phone",
    "Dear Customer,\nwe're pleased to let you know that order #7731 has been dispatched. You'll find the tracking number in the order details on the site.\nYours sincerely\nCustomer Services\nThis email is confidential and intended solely for the addressee.",
    "> I've also got replica Rolex watches, cheap.\n\nNot interested in fakes, I'm reporting the listing to the moderators.",
    "Hi,\nthe courier rang the number on the order today, parcel's coming tomorrow.\nCheers",
    "Note for buyers: the site never asks for your password, card number or text codes in a message. If someone does, please report it.\nThanks, the seller",
    "Hello,\nare these Nike trainers genuine? Could you send a photo of the label and the receipt?\nRegards",
    "On Mon, 1 Dec 2026, Peter wrote:\n> Pay me off the site, it'll be cheaper.\n\nNo, I only pay through the site. If that's a problem I'll pass.",
    "---------- Forwarded message ---------\nFrom: Furniture Plus\nSubject: Order #55120\n\nGoods ready for collection.\n\nForwarding this on, please confirm the time.",
    "Hi,\nthe laptop has 16 GB RAM and a 512 GB SSD, battery lasts about 6 hours.\nCheers\nDan\n\nSent from my phone",
    "Dear Sir,\nI'm sorry to say the item has already been sold. Thank you for your interest.\nYours sincerely\nJoan Kemp\nSales Adviser\nLinden Tree Books",
    "OK, I'll take it. Tomorrow after 6?\n\nSent from my iPhone",
    "Hello,\nI'm not allowed to sell the wine from my cellar on the site, so I'm only listing the decanter and glasses.\nRegards",
    "On Fri, 5 Dec 2026, Mario wrote:\n> You're an idiot, give me my money back.\n\nPlease don't insult me. Refunds follow the site rules once the item is back, and I've reported the message.",
    "Hi,\nairsoft rifle, legal to own, no licence needed, comes with a mask and 2,000 BBs.\nCheers",
    "Hello,\nthe buyer claims they overpaid and wants the difference sent back. Could this be a scam? I'm not sending anything for now.\nRegards",
    "Subject: Re: Re: Pushchair\n\nHi, the pushchair has had one child, carrycot and seat unit, £180 or near offer.\nThanks",
    "Automatic reply: your message has been received. We'll respond within 2 working days.\nCustomer Services\nSpokes Cycle Shop",
]

_HARD2 = [
    "Hello,\nfurther to our chat, here's the summary:\n• oak dining table 160 x 90 cm\n• 6 upholstered chairs\n• total price £650\n• collection from Cardiff\nPlease confirm the purchase through the site.\nKind regards\nTessa Gordon\nGordon Joinery",
    "[image: logo]\nDear Customer,\nthank you for shopping with us. Order #88104 will be dispatched within 2 working days.\n[image]\nThe Toy Box Team\nThis is an automated message, please do not reply.",
    "On Sat, 6 Dec 2026, Seller wrote:\n> Send me a photo of your passport and I'll confirm the deal.\n\nI won't send a photo of my passport, the site doesn't require it. I'm reporting this request.",
    "On Sat, 6 Dec 2026, Buyer wrote:\n> Click the link to receive your money [link removed].\n\nI don't click links in messages. I'll receive the money through the site.",
    "hi\nyes still got the coffee machine. £40.\n\nSent from my phone",
    "Thanks, arrived.",
    "Hello,\nyou can track the parcel on the courier's own page using the number in the order on the site, I don't send links.\nRegards",
    "Dear Madam,\nwe apologise for the damage to your goods in transit. Following complaint #40112 we are refunding the full £74.99 within 14 days. By way of apology we've added a discount to your next order on the site.\nYours sincerely\nBeth Sowerby\nComplaints Specialist\nHome Appliances Direct Ltd\nData notice: the seller is the controller of your personal data.",
    "Hello,\nplease don't send me any text codes or passwords, I don't need them. Paying through the site is enough.\nRegards",
    "---------- Forwarded message ---------\nFrom: Customer\n> You crook, give me my money back!\n\nReporting to the moderators: the buyer is insulting me, the parcel is on its way, tracking is in the order.",
    "Hi,\n1:18 scale model car, collector's piece, not a toy, with the maker's certificate.\nCheers",
    "Hello,\nJapanese kitchen knife, Damascus steel, 21 cm blade, unused. Over-18s only, ID checked by the courier on delivery.\nRegards\nChris",
    "Hi,\nair rifle under 12 ft-lbs, legal without a certificate for over-18s, comes with targets.\nCheers",
    "Heads up! I got a text saying my parcel is waiting for a fee. I haven't ordered anything from that courier, so it's a scam. Posting so others are careful too.\nThanks, Olivia",
    "Hello,\nwriting from my phone so short one: yes, the size is right, 80 x 200.\n\nSent from my Samsung Galaxy",
    "Dear Customer,\na reminder that order #30177 must be collected by 12/12/2026. After that the order will be cancelled and your payment refunded.\nYours sincerely\nCollection Point\nMaple Furniture",
    "Hi,\nthe buyer asked for my Telegram, I told them we only talk here.\nCheers",
    "Hello,\nare the perfumes genuine, with a receipt from the shop? I'm worried about fakes.\nRegards",
    "On Sun, 7 Dec 2026, Tom wrote:\n> I'll chuck some home brew in the parcel for you.\n\nThanks, but I won't accept alcohol, just the cool box is fine.",
    "Hello,\nplease find attached the invoice for order #70021 for £549.00 incl. VAT, it's now overdue, please pay it on the site.\nRegards\nAccounts Department\nColour Paints Wholesale",
    "Re: Winter coat\n\nOK, I'll drop it to £45. Please buy through the listing.\nAnna",
    "Hello,\nthe match tickets are in my name, name changes can only be done at the stadium box office.\nRegards",
    "Dear Sir,\nunfortunately we can't accept payment by transfer outside the site. Under the rules all payments go through the platform.\nYours sincerely\nCustomer Services\nLeeds Car Parts",
    "Hello,\nI've reported the listing selling pills without a prescription, it's against the rules.\nRegards",
    "hi\ncould I have a VAT invoice to my company please, I'll put the VAT number in the order form on the site\nthanks\nVictor",
]

_HARD3 = [
    "Hello,\nthank you for your message. I'm on sick leave until 2 January 2027. Messages are not forwarded, please ask again on the site after that date.\nKind regards\nIvy Simmons\nHead of Sales\nSimmons Textiles",
    "On Thu, 4 Dec 2026, Carl wrote:\n> I've also got iPhones with no boxes, don't ask where from, cheap.\n\nThat sounds like stolen goods, I won't buy. I've passed your message on to the site.",
    "On Thu, 4 Dec 2026, Sophie wrote:\n> Give me a ring, my number's on my profile.\n\nThanks, but I'd rather write here so everything stays in the history.",
    "Dear Customers,\nwe're warning you about fake messages pretending to be our shop. We never ask for card details or a login through a link. All payments are made on the site.\nKind regards\nThe Olympus Sports Team",
    "hi\nthe hoodies aren't fakes, I've got receipts from the shop in Manchester, can send a photo\ncheers\nJake",
    "OK\n\nSent from my iPhone",
    "Hello,\nanswering your question from yesterday:\n> Is the car seat certified?\nYes, the certification label and manual are included, it's never been in an accident.\nRegards\nJoanna",
    "Dear Sir,\non behalf of the company, thank you for order #1200457 worth £1,450.00. The goods will be delivered by our own van between 15 and 17 December 2026. The driver will phone you on the number given in the order.\nYours sincerely\nRenata Barnes\nLogistics Coordinator\nBarnes Furniture LLP\n\nThis email is a commercial communication and does not constitute an offer capable of acceptance.",
    "Hello,\nsorry, but I won't go below £300, the bike's just been serviced.\nCheers\nLes\n\nSent from my phone",
    "hi\nevri left a card, I'll pick the parcel up from the shop tomorrow",
    "On Fri, 5 Dec 2026, Igor wrote:\n> Send me your password, I'll fix your listing.\n\nI don't give my password to anyone, I'll fix the listing myself. Thanks.",
    "Hello,\nreporting a problem: someone in a message claims to work for the site and wants an activation fee. I think it's a scam, please check.\nRegards\nHelen",
    "Subject: Fwd: Warranty\n\nForwarding the warranty card text:\n- warranty period: 24 months\n- repair at an authorised service centre\n- proof of purchase required\nThanks",
    "Hello,\nPS4 Slim console, 1 TB, two controllers, FIFA 23 and Gran Turismo. £120.\nCheers\nDaniel",
    "hi\nsorry for the mistake in my last message, it's 120 x 60, not 160 x 60",
    "Dear Madam,\nin response to your complaint, the boots will be exchanged for a new pair in size 6. Please return the old pair within 14 days.\nKind regards\nReturns Department\nStride Footwear\n[image]",
    "Hello,\nwould Sunday collection in Bristol work?\nThanks",
    "Hello,\nI don't do cash on delivery, only through the site with buyer protection.\nRegards",
    "On Sat, 6 Dec 2026, Adam wrote:\n> I've got a Windows activator for it too, I'll throw it in.\n\nNo need, I'll buy a licence from a shop. Please just send the laptop.",
    "Hello,\nI'm writing for my dad, who's selling the tools from his workshop. Everything works, list below:\n- angle grinder\n- cordless drill with two batteries\n- bench vice\nKind regards\nMonica",
]

_GREET = [
    "Hello,",
    "Hi,",
    "Dear Sir or Madam,",
    "Hiya,",
    "Dear Customer,",
    "Good morning,",
    "Good evening,",
    "hi",
]
_BODY = [
    "is the bike still available? I could collect on Thursday after work.",
    "thanks, the parcel arrived this morning in perfect condition.",
    "could you give me the wardrobe dimensions: height, width and depth?",
    "is the £450 for the sofa negotiable?",
    "I posted order #{n} today, the tracking number is in the order details on the site.",
    "as agreed I've dropped the price to £320, please buy using the button on the listing.",
    "is the phone iCloud locked? Could you send a photo of the settings?",
    "unfortunately I need to move collection to Monday, sorry.",
    "does the pram come with the rain cover?",
    "confirming collection in person on Saturday at 11:00 outside the shop.",
    "do the tyres still have more than 5 mm of tread?",
    "the refund for order #{n} of £89.90 has been issued, it should reach you within a few days.",
    "are the books from a pet-free home? Asking because of allergies.",
    "the parcel came back to me as uncollected, shall I send it again?",
    "does the console come with both controllers and the charger?",
    "I accept the return, please send the jacket back in its original packaging.",
    "please choose locker collection when you buy.",
    "are the concert tickets named? Can the name be changed?",
    "the washing machine was used for two years, no faults, ground floor collection.",
    "thanks for the feedback, hope to deal again.",
    "does the drill come with a second battery?",
    "quick question about the screen, are there scratches visible when it's on?",
    "I'll issue the VAT invoice once payment clears on the site.",
    "the baby clothes are size 12-18 months, 14 items in total, £25 for the lot.",
    "sorry for the delay, the courier didn't turn up on Friday.",
    "could I have a photo of the underside of the chair? I'd like to see the fixings.",
    "I can post tomorrow if payment comes through by 12:00.",
    "does the lamp work with LED bulbs?",
    "order #{n} is packed and waiting for the courier.",
    "I got a message from someone pretending to be the courier and asking for a fee. I've reported it on the site.",
    "someone asked me for the code from a text, of course I refused and blocked them.",
    "I won't pay outside the site, please use the payment option on the listing.",
]
_CLOSE = ["Kind regards", "Best wishes", "Many thanks", "Cheers", "Regards", "Yours sincerely"]
_SIG = [
    "Anna Collins",
    "Tom White\nCustomer Service Adviser\nCycleworks Ltd",
    "Kate",
    "Jack Dudley\nOwner\nDudley Joinery",
    "Maggie King\nSales Office\nKing Textiles Wholesale",
    "Pete\n\nSent from my phone",
    "Eve Jackson\nBookkeeper\nJackson Accounts",
    "Mark\n\nSent from my iPhone",
    "Customer Services\nHomeStore Appliances\nThis email may contain confidential information. If you are not the intended recipient, please delete it.",
    "Michael Lewis\nShift Supervisor\nCentral Warehouse",
]
_QUOTE = [
    "",
    "\n\nOn {d} Dec 2026, at 09:{m}, Customer wrote:\n> Hi, is the item still available?\n> Thanks",
    "\n\n> Could you post it this week?",
    "\n\n-----Original Message-----\nSubject: Question about your listing\n> Could you give me more details?",
]


def _gen():
    out, seen = [], set(_HARD + _HARD2 + _HARD3)
    i = 0
    while len(out) < 420 - len(_HARD) + 30:
        g = _GREET[i % len(_GREET)]
        b = _BODY[(i * 7) % len(_BODY)].replace("{n}", str(50000 + i * 53))
        if i % 4 == 1 and (i * 11 + 5) % len(_BODY) != (i * 7) % len(_BODY):
            b2 = _BODY[(i * 11 + 5) % len(_BODY)].replace("{n}", str(55000 + i))
            b = b + " " + b2[0].upper() + b2[1:]
        c = _CLOSE[(i * 5) % len(_CLOSE)]
        s = _SIG[(i * 3) % len(_SIG)]
        q = (
            _QUOTE[(i // 3) % len(_QUOTE)]
            .replace("{d}", str(1 + i % 28))
            .replace("{m}", f"{i % 60:02d}")
        )
        t = f"{g}\n{b}\n{c}\n{s}{q}"
        if i % 4 == 3:
            t = t.lower()
        if t not in seen:
            seen.add(t)
            out.append(t)
        i += 1
    return out


ALLOW = _HARD + _HARD2 + _HARD3 + _gen()

# Phishing letters and fee pretexts that also carry a link or ask for card data.
_EXTRA = {
    ("scam", 0): ["external_link"],
    ("scam", 2): ["external_link", "credentials_request"],
    ("scam", 14): ["credentials_request"],
    ("scam", 18): ["off_platform"],
    ("credentials_request", 5): ["external_link", "scam"],
    ("credentials_request", 10): ["scam"],
}
for (_cat, _k), _more in _EXTRA.items():
    BLOCK[_cat][_k] = (BLOCK[_cat][_k], _more)
