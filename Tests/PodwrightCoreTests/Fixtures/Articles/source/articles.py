"""The original articles behind the fixtures: written for Podwright's tests, not taken from anywhere.

Each article is a dict: title, deck, authors, date, category, body (list of blocks: a paragraph string,
"## Heading", or "- list item"), bio.
"""

FISH_MARKET = dict(
    slug="fish-market",
    title="Harbour town votes to keep its last fish market open",
    deck="Councillors reversed a plan to sell the old market hall after a petition signed by half the town.",
    authors=["Nadia Okafor"],
    date="March 12, 2025",
    category="Local News",
    body=[
        "Sandhaven’s councillors voted seven to four on Tuesday night to keep the town’s fish market in public hands, reversing a plan agreed only last autumn to sell the Victorian hall to a developer.",
        "The decision followed a petition signed by more than 2,300 residents, roughly half the adult population of the harbour town, and a meeting so crowded that the public gallery had to be opened twice.",
        "“I have never seen the chamber like that,” said councillor Rhona Baird, who proposed the motion. “People were standing in the corridor to listen. That tells you what this building means.”",
        "## Why the sale was proposed",
        "The council had argued that it could no longer afford the repairs the hall needs. Its roof leaks, the ice plant is forty years old, and a survey last year put the cost of bringing the building up to modern standards at £1.8 million.",
        "The developer had offered £950,000 and promised to keep a small fish counter inside a food hall with flats above it. Supporters of the sale said that was the only realistic way to save the building at all.",
        "“Nobody wanted to sell,” said the council’s finance lead, Graham Petrie. “We were trying to stop a listed building from falling down around the people who work in it.”",
        "## The fishermen’s case",
        "Six boats still land their catch at Sandhaven, down from more than forty in the 1980s. Their crews say that without a market on the quay they would have to drive every box of fish to the auction at Port Ellis, an hour away.",
        "Skipper Ewan Lindsay, whose family has fished from the harbour for four generations, said the vote had given the fleet a future. “If the market goes, the boats go,” he said. “And if the boats go, this is just another seaside town with nice views.”",
        "## What happens next",
        "The council will now apply for heritage funding and has asked officers to draw up a cheaper repair plan by the summer. Members also agreed to talk to a community trust that has offered to run the hall.",
        "The developer said it was disappointed but would not appeal.",
    ],
    bio="Nadia Okafor is a local democracy reporter covering the east coast. She joined the paper in 2021.",
)

BALCONY = dict(
    slug="balcony-garden",
    title="What a year of growing vegetables on a fourth-floor balcony taught me",
    deck="Twelve pots, one watering can and a lot of mistakes.",
    authors=["Lena Fisk"],
    date="September 8, 2024",
    category="Gardening",
    body=[
        "When we moved into the flat last spring, the balcony was the selling point: four metres long, facing south-west, with a view over the railway yards to the hills. I decided within a week that I would grow our vegetables on it. I grew some of them, in the end, and learned a great deal about the rest.",
        "## Start with the wind, not the sun",
        "Everything I had read told me to follow the sun. Nobody mentioned the wind. Four floors up, the gusts that funnel between the blocks flattened my first tomato plants in a single night in May. The fix was cheap: a length of bamboo screening tied to the railings cut the wind by half, and the second planting survived.",
        "## Containers matter more than soil",
        "I started with whatever pots I could find. By July the small ones were drying out twice a day. Bigger containers hold more water and keep roots cooler, so I moved everything I could into tubs of at least thirty litres. These are the crops that did best for me:",
        "- Runner beans, grown up strings tied to the balcony above",
        "- Cherry tomatoes, in the largest tubs against the wall",
        "- Salad leaves, sown every three weeks in shallow troughs",
        "- Chillies, which loved the reflected heat from the glass",
        "## The watering problem",
        "Balcony plants have no ground water to fall back on. In the August heat I was watering every morning and evening, carrying cans through the living room. In the end I bought a small rain barrel and a drip kit, which cost less than a month of shop-bought salad.",
        "## Was it worth it?",
        "In money, probably not yet. In other ways, absolutely. We ate our own beans for six weeks, the neighbours started leaving their coffee grounds at our door, and I now know the name of every pigeon on the block. Next year I am trying potatoes in bags.",
    ],
    bio="Lena Fisk writes about small-space gardening and city wildlife. Her first book is out next spring.",
)

SEABED = dict(
    slug="seabed-mappers",
    title="The cartographers who map the seabed by ear",
    deck="On a survey ship in the North Atlantic, a small crew spends months listening to echoes to draw the ocean floor.",
    authors=["Owen Marsh"],
    date="May 2025",
    category="Science",
    body=[
        "At four in the morning, the survey room of the research vessel Halcyon is the quietest place on the ship. Three screens glow with rolling bands of colour, each one a slice of the seabed two kilometres below. Ingrid Solheim, the watch leader, leans towards the middle screen and frowns. Something on the bottom is not where the old chart says it should be.",
        "The Halcyon is one of a handful of ships working on an international effort to map the entire ocean floor in high resolution. When the project began, less than a fifth of the seabed had been measured directly. The rest of our picture came from satellites, which infer the shape of the bottom from tiny bumps in the sea surface and blur anything smaller than a few kilometres.",
        "## Listening to the bottom",
        "The ship’s multibeam sonar sends a fan of sound pulses downwards and times their echoes. From the delay and the angle of each return, software builds a grid of depths along a strip several kilometres wide. The principle has not changed in decades; what has changed is the detail.",
        "“People imagine we just switch it on and go to sleep,” Solheim said. “In fact the sea is always lying to you a little. Warm water, cold water, fresh water from a glacier: they all bend the sound. You have to keep correcting for it or the map is wrong.”",
        "Every few hours the crew lowers a probe to measure how fast sound travels at each depth. A mistake in that profile can make a flat plain look like a bowl, or hide a ridge altogether.",
        "## A slow, expensive map",
        "Mapping the ocean this way is painfully slow. At survey speed the Halcyon covers about the area of a small city each day. Scientists estimate that finishing the job with ships alone would take hundreds of ship-years, which is why the project relies on fishing boats, cable layers and even yachts to log their depth soundings and share them.",
        "The results are already changing what we know. The Halcyon’s crew has found dozens of unnamed seamounts on this voyage alone, and its data will help fisheries scientists, tsunami modellers and the engineers who route undersea cables.",
        "## What the echoes reveal",
        "Back in the survey room, the anomaly on Solheim’s screen has become a steep-sided hill, nearly four hundred metres high, that appears on no chart. She marks it, logs the position and pours another coffee.",
        "“It is a strange thing to be the first person to see a mountain,” she said. “Even if you only see it as numbers.”",
    ],
    bio="Owen Marsh is a science writer based in Bergen. He travelled on the Halcyon as a guest of the survey team.",
)

STORM = dict(
    slug="storm-live",
    title="Storm Elin: roads closed and ferries cancelled as gales hit the west coast",
    deck="Follow the latest as the first named storm of the winter brings gusts of up to 90mph.",
    authors=["Tom Achterberg", "Sara Quinn"],
    date="November 21, 2025",
    category="Weather",
    body=[
        "## Coastguard warns people to stay away from sea fronts",
        "The coastguard has asked people not to visit harbours and promenades to watch the waves. A spokesperson said crews had already been called out twice this morning to people who had been knocked over by spray at Carrick Point.",
        "“The sea is not a spectator sport today,” the spokesperson said. “Please watch it from a window.”",
        "## All ferry sailings cancelled until tomorrow",
        "The island ferry operator has cancelled every sailing for the rest of the day. Passengers already booked can travel on any service tomorrow without changing their tickets, the company said.",
        "## Thousands of homes without power",
        "About 14,000 homes across the region have lost power, according to the network operator. Engineers are on standby but say they cannot safely repair overhead lines until the wind drops below 50mph, which is not expected before this evening.",
        "The operator has opened its welfare centres in three towns, where people can charge phones and get hot drinks.",
        "## Coast road closed after tree falls",
        "Police have closed the coast road between Marlow Bay and Fennick after a large tree came down across both lanes. Drivers are being sent inland on the A840, which is adding about forty minutes to journeys.",
        "## Red warning issued for the islands",
        "The weather service has raised its warning for the outer islands to red, the highest level, from noon until 6pm. It means there is a danger to life from flying debris and large waves, and people are advised not to travel at all.",
    ],
    bio=None,
)

CYCLE_LANES = dict(
    slug="cycle-lanes",
    title="Council approves new cycle lanes after three-hour debate",
    deck=None,
    authors=["Pieter Vos"],
    date="April 2, 2025",
    category="Transport",
    body=[
        "Kessling’s planning committee approved a network of protected cycle lanes on Wednesday after a three-hour debate in which shopkeepers, parents and delivery drivers all took turns at the microphone.",
        "The scheme will add eleven kilometres of kerbed lanes on four of the town’s main roads, remove about 180 parking spaces and change the timing of traffic lights at nine junctions. It is expected to cost 6.4 million, most of it from a national active travel fund.",
        "## Traders divided",
        "Opposition came mainly from businesses on Mill Street, where the lane will replace a row of short-stay parking bays. The street’s traders association said a survey of its members found that two thirds feared losing customers.",
        "“Our customers are not all twenty-five and fit,” said Helen Marsh, who runs a hardware shop on the street. “Some of them are eighty and buying paint.”",
        "Others on the same street spoke in favour. The owner of a bicycle café said weekend trade had doubled on streets in neighbouring towns after similar lanes were built.",
        "## Schools back the plan",
        "Head teachers from three primary schools wrote to the committee in support, saying that fewer than one in ten of their pupils cycled to school because parents thought the roads were too dangerous.",
        "Construction is due to start in September and will be carried out in stages so that no road is closed for more than two weeks at a time.",
    ],
    bio=None,
    credits=["Reporting by Pieter Vos; Editing by Anneke de Wit"],
)

SCOOTERS = dict(
    slug="e-scooter-rules",
    title="Five questions about the new rules for e-scooters",
    deck="From July, riders will need insurance and a number plate. Here is what changes.",
    authors=["Maya Lindgren"],
    date="June 18, 2025",
    category="Explainer",
    body=[
        "Privately owned e-scooters have been in a legal grey area for years: sold freely in shops, but technically banned from most roads. New rules that take effect on 1 July finally set out where and how they can be ridden.",
        "## What changes on 1 July?",
        "For the first time, e-scooters will be treated as a distinct class of vehicle. Riders will be allowed on roads with a speed limit of 30mph or less and in cycle lanes, but not on pavements. Under the new rules, every scooter must have:",
        "- third-party insurance, shown by a small plate on the rear mudguard",
        "- a top speed limited to 15.5mph",
        "- working front and rear lights",
        "- a bell or other audible warning",
        "## Do I need a licence?",
        "No. Unlike the rental schemes trialled in some cities, private riders will not need a driving licence. They must be at least sixteen years old.",
        "## What about helmets?",
        "Helmets are recommended but not required. The government said it would review that decision after two years, when it has data on injuries.",
        "## What happens to scooters that don’t comply?",
        "Owners have a six-month grace period to fit plates and speed limiters. After that, police can seize scooters that are ridden without insurance, as they already do with uninsured cars.",
        "## Will the rental schemes continue?",
        "Yes. The existing rental trials will be folded into the new system, and operators will be able to apply for permanent licences from their local council.",
    ],
    bio="Maya Lindgren is the transport correspondent. She rides a bicycle, not a scooter.",
)

ARTICLES = [FISH_MARKET, BALCONY, SEABED, STORM, CYCLE_LANES, SCOOTERS]
