"""Small news articles written for the tests: the memo, layout, one-page proof and digest tests
read these, never the evaluation data (a fresh clone has none).

They vary as news does: short and long sentences, a headline of two words or of twenty, bylines,
datelines, outlets, URLs and tags or none, quotes, figures, currencies and accented names.
`LONG` is a feature of about 1,100 words, for the page's fullest memos. The events are invented.
"""

from __future__ import annotations

ARTICLES = (
    """Port workers in Rotterdam walk out over automation plans

ROTTERDAM: Dock workers at Europe's largest port began a 48-hour strike on Wednesday, halting container traffic at two of its busiest terminals in protest at plans to automate cranes.

The FNV union said about 1,800 members had joined the walk-out, which started at 6am. Ships queued in the North Sea as the terminals stopped loading and unloading.

The port authority said the automated cranes would be phased in over six years and that no permanent jobs would be lost. Union leaders said they had been given no written guarantee.

"We are not against new machines, we are against being told nothing," said Mirjam de Groot, an FNV organiser who has worked on the quays for 22 years.

Shipping lines warned that delays could ripple through supply chains already strained by weather in the Channel. Maersk said it would divert two vessels to Antwerp.

Talks between the union and terminal operators are due to resume on Friday under a government-appointed mediator.

The last strike at the port, in 2023, lasted three days.

Source: https://news.example.com/europe/rotterdam-port-strike
Tags: ports, labour, automation, Netherlands
""",
    """Central bank holds rates

By Priya Raman

The Reserve Bank kept its main interest rate at 4.25% on Thursday, saying inflation was falling more slowly than it had expected in the spring.

Governor Alan Whitcombe said services prices, driven by wages and rents, remained "uncomfortably high" even as fuel and food costs eased.

Seven of the nine members of the monetary policy committee voted to hold. Two voted for a cut of a quarter of a point, arguing that unemployment had risen for four months in a row.

Markets had priced in a hold. The currency was little changed after the decision.

The bank's new forecasts show inflation returning to its 2% target in the second half of 2027, six months later than projected in August.

Economists at two of the largest lenders said they now expected the first cut in February.

Published: 2026-11-12
Source: Capital Markets Daily
""",
    """Measles vaccination drive reaches 90,000 children in three weeks

Health officials said on Monday that a catch-up vaccination campaign had reached more than 90,000 children in its first three weeks, after an outbreak that has infected 412 people since July.

Mobile clinics have been set up in schools, mosques and shopping centres in the six districts with the lowest coverage. Nurses are also visiting homes where children missed their first dose.

Dr. Amara Okafor, who leads the campaign, said uptake had been strongest among families who had been unable to get appointments during the pandemic. "Most parents were not refusing. They were waiting," she said.

Coverage for the first dose has risen from 81% to 88% in the worst-affected district, the health ministry said. Ninety-five per cent is needed to stop the virus spreading.

Eleven children have been treated in hospital this year. None has died.

The campaign will run until the end of January. Officials said they would publish weekly figures by district.
""",
    """Wildfire forces evacuation of hill villages as winds strengthen

ATHENS (Reuters) - Firefighters battled a wildfire north of Athens for a second day on Sunday as strong winds drove the flames towards villages on the slopes of Mount Parnitha, and the authorities ordered several thousand residents to leave.

More than 400 firefighters, supported by 12 water-dropping aircraft and 3 helicopters, were deployed, the fire brigade said. Two firefighters were treated for burns.

Residents of Fyli and Ano Liossia received text messages telling them to head towards the coast. Some refused to leave, using garden hoses to wet the walls of their homes.

The civil protection minister, Giorgos Kefalogiannis, said the next 24 hours would be critical, with gusts of up to 70 km/h forecast.

Greece has had its driest winter and spring in four decades. Scientists say hotter, drier summers linked to climate change are making fires larger and harder to control.

The cause of the fire is under investigation.

Source: https://www.example-wire.com/world/europe/greece-wildfire-parnitha-2026
Tags: Greece, wildfires, climate
""",
    """Recount confirms mayor's win by 214 votes

A full recount has confirmed that the sitting mayor, Carla Mendes, won re-election by 214 votes, the county election board said late on Tuesday.

Her challenger, the councillor Tom Brandt, had asked for the recount after the first count put the gap at 198 votes out of almost 61,000 cast.

Board officials said the difference came from 16 postal ballots that had been set aside because of a printing error on their envelopes, and that were counted after a court ruling last week.

Brandt conceded in a short statement and congratulated Mendes. He said he would stay on the council.

Mendes, who will start her second four-year term in January, has promised to build 2,000 affordable homes and to extend the tram line to the airport.

Turnout was 47%, the highest for a city election since 1998.

By Daniel Okoro
Published: 2026-11-18
""",
    """Rail fares to rise 4.6% in March

Regulated rail fares in England will rise by 4.6% from 1 March, the Department for Transport said on Friday, in line with July's rate of retail price inflation.

Season tickets for commuters into London will rise by several hundred pounds a year. An annual ticket from Brighton will cost £5,742, up £253.

Passenger groups said the rise was hard to justify when one train in six ran late last year. "People are being asked to pay more for a service that has got worse," said Norman Hales of the watchdog Transport Focus.

The government said the rise was below the 5.9% increase of the previous year and that the money would help pay for new trains and signalling.

Fares in Scotland and Wales are set separately. The Scottish government has already said it will freeze peak fares for another year.
""",
    """Tiny beetle found in amber rewrites family tree

A beetle no bigger than a grain of sand, preserved in amber for 99 million years, belongs to a family that scientists thought had evolved much later, researchers said on Wednesday.

The specimen, found in a mine in northern Myanmar, has the distinctive fringed wings of featherwing beetles, which today live in leaf litter and rotting wood on every continent except Antarctica.

Writing in the journal Current Biology, the team said the fossil pushed the group's origin back by at least 40 million years.

"It is extraordinary how little they have changed," said Dr. Léa Moreau of the Natural History Museum in Paris, the study's lead author. "The body plan was already complete when dinosaurs were still walking around."

The researchers used X-ray imaging to study the beetle without cutting the amber. The fossil is now held at a museum in Beijing.

Some palaeontologists have called for a moratorium on research on Burmese amber because of links between the mining trade and the conflict in Myanmar.

Source: Science Today
Tags: fossils, insects, evolution
""",
    """Parliament passes bill to cap payday loan costs

LIMA: Peru's Congress on Thursday passed a law capping the total cost of short-term loans at twice the amount borrowed, after a two-year campaign by consumer groups.

The bill was approved by 84 votes to 23, with 9 abstentions. It now goes to the president, who has said she will sign it.

Lenders will also have to show borrowers the total cost of a loan in soles before they sign, and will no longer be able to roll a loan over more than twice.

Consumer groups said some borrowers had paid back five times what they borrowed. The industry association said the cap would push people towards unlicensed lenders.

The law takes effect 90 days after it is published.
""",
    """Drought cuts wheat harvest by a third

Farmers in the south of the country have harvested a third less wheat than last year after the driest growing season on record, the agriculture ministry said on Tuesday, and the government will import 1.2 million tonnes to make up the shortfall.

Rainfall between October and April was 41% below the long-term average, the weather service said. In some districts, crops failed entirely and were cut for animal feed.

The ministry said it would pay farmers compensation of 300 euros a hectare for failed crops and would delay repayments on state loans by a year.

Farm unions said the payments covered less than half of what growers had spent on seed, fuel and fertiliser. They are planning a protest in the capital next week.

Bread prices have risen 9% since the summer. The government has ruled out price controls.

Hydrologists warned that groundwater levels had fallen to their lowest since measurements began in 1970.

Source: https://agri.example.org/news/2026/drought-wheat-harvest
Tags: agriculture, drought, food prices
""",
    """School meals

By Ruth Adeyemi

Every primary school pupil in the city will get a free hot lunch from September, the council announced on Wednesday, in a scheme that will cost £14 million a year.

About 38,000 children will benefit. At present only those whose families receive certain benefits qualify.

Council leader Imran Shah said teachers had told him of children arriving hungry and unable to concentrate. "A child cannot learn on an empty stomach," he said.

The money will come from reserves for the first year. After that the council hopes the national government will share the cost.

Opposition councillors backed the plan but questioned whether kitchens in older schools could cope.
""",
    """Regulator fines telecoms group €38m over outages that cut emergency calls

BRUSSELS: The national telecoms regulator fined Telecom Nord €38 million on Friday after two network outages last year left customers unable to call emergency services for up to eight hours.

The regulator said the company had failed to build enough backup into its core network and had not told customers quickly enough what was happening.

About 2.3 million mobile and landline customers were affected by the outages in March and September. A coroner is investigating whether one death was linked to a failed call.

Telecom Nord said it accepted the findings and had spent €120 million on new equipment since the outages. It will not appeal.

The fine is the largest the regulator has imposed. Consumer groups said it was still small compared with the company's annual profit of €1.1 billion.

Under rules that came into force this year, operators must keep emergency calls working even when the rest of the network fails.

Source: https://www.example-news.eu/business/telecom-nord-fine
Tags: telecoms, regulation, emergency services
""",
    """Island ferry service restored after three weeks

CALEDONIAN BAY: The ferry link to the island of Inchmore resumed on Saturday after three weeks in which residents relied on a small passenger boat and a weekly supply flight.

The MV Saltire returned from dry dock in Greenock after repairs to its propeller shaft took twice as long as planned.

Islanders said the cancellations had left shops short of fresh food and forced some patients to miss hospital appointments on the mainland.

The ferry operator apologised and said it would refund tickets bought for cancelled sailings. A replacement vessel is due in 2028.
""",
)

LONG = """Cities race to cool streets as heatwaves lengthen

By Helena Varga

MADRID: When the thermometer outside the Puerta del Sol metro station touched 44C last July, the city's emergency services logged more than 300 calls about heat-related illness in a single afternoon. Most came from people over 70, many of them living alone in top-floor flats without air conditioning.

That day has become a reference point for the officials now trying to make Spanish cities liveable in summers that are growing hotter and longer. Madrid, Seville and Barcelona have each drawn up plans to plant trees, shade streets and open cool rooms, and the national government has promised €1.5 billion over five years to help.

The scale of the problem is not in doubt. The state weather agency says the number of days above 40C in Madrid has tripled since the 1980s. Heat now kills more people in Spain each year than road accidents, according to estimates by the Carlos III Health Institute, which counted more than 4,700 deaths attributable to heat last summer.

Cities are hotter than the countryside around them because asphalt, concrete and brick soak up the sun during the day and release the heat at night. On a still evening, the centre of Madrid can be 8C warmer than the fields beyond the ring road. For older people, the nights matter most: the body needs a chance to cool down, and in a flat that never drops below 30C, it does not get one.

Seville has gone furthest. The city has planted about 5,000 trees a year since 2021 and is testing a system, inspired by the qanats of ancient Persia, that pulls air through underground channels to cool a public square. Officials say surface temperatures in the square have fallen by up to 10C on the hottest afternoons.

"We used to plan streets for cars and for winter," said Rocío Fernández, who runs the city's climate office. "Now we plan them for August." Her team maps which streets have no shade between noon and 6pm and sends the list to the parks department, which plants the narrowest of them first.

Barcelona has taken a different approach, opening more than 350 "climate shelters" in libraries, schools, museums and parks where anyone can sit in the cool during a heatwave. Attendance has grown every year, though the city admits that many of the people most at risk do not know the shelters exist or cannot reach them.

Social workers there now phone about 11,000 older residents before each heatwave to check that they have water, a fan and someone who will visit. Volunteers knock on doors in blocks where people have not answered.

Madrid's plan, published in March, promises to plant 100,000 trees by 2030, to paint some roofs white and to fit awnings over the busiest shopping streets, as Seville and Córdoba have done for centuries. The city will also keep some public swimming pools open until midnight during heat alerts.

Critics say the plans move too slowly. A report by the environmental group Ecologistas en Acción found that Madrid had planted fewer than half of the trees it promised in its previous plan, and that many saplings died in their first summer because nobody watered them.

Urban planners also point out that trees take 15 to 20 years to give real shade. In the meantime, they argue, the quickest gains come from simple measures: shutters and awnings on south-facing windows, fountains that work, and benches in the shade rather than in full sun.

Housing is the hardest part of the problem. Much of Spain's urban housing was built in the 1960s and 1970s with thin walls and no insulation. Flats on the top floor can be several degrees hotter than those below. Air conditioning helps those who can afford it, but it adds to electricity bills and pumps more heat into the street.

The government has offered grants covering up to 80% of the cost of insulating older blocks, but take-up has been slow. Residents' associations must agree on the work, and many buildings have owners who do not live in them and see no reason to pay.

Doctors say the health system also needs to change. Dr. Javier Ortega, an emergency physician at the Gregorio Marañón hospital, said heatwaves now fill his department as winter flu does. "We see kidney failure, heart attacks and falls in people who were dehydrated and did not notice," he said. "By the time they come to us, it is often late."

Some hospitals have begun to send nurses to visit patients with heart or kidney disease when a heat alert is issued, to check their medication. Certain drugs, including diuretics and some treatments for high blood pressure, make it harder for the body to cope with heat.

Other European cities are watching. Paris has pledged to turn school playgrounds into shaded "oasis" gardens open to the public at weekends, and Athens has appointed a chief heat officer. Officials from several cities met in Seville in October to compare notes.

For residents, the changes cannot come soon enough. María Luisa Gómez, 81, has lived on the fifth floor of a building in the Lavapiés district for 50 years. Last summer, she said, she slept in the stairwell on the worst nights because it was the coolest place she could find.

"When I was young, we had hot summers too," she said. "But at night you opened the windows and it was fresh. Now the heat never leaves."

The weather agency expects this summer to be hotter than average across most of Spain.

Source: https://www.example-news.es/en/climate/cities-heat-plans
Tags: Spain, heatwaves, climate adaptation, cities, health
"""
