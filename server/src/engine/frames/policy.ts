// Every threshold and weight of reading claim frames, named, with a line of why (the alignment and
// verdict thresholds are in check/policy.ts).

export const BOUND_POLICY = {
  /** Significant digits from which two "about" figures written to the same digit are compared as written, whatever the hedge tolerance ("about $1.36" / "around $1.35"; bounds.ts). */
  preciseApproxDigits: 3,
  /**
   * "around 330p" against "about 300p": both hedged, the note written to a finer digit than the
   * source — past this share of the source's value apart, the note's digit is a value of its own, not
   * a rounding ("about 12.1 trillion" / "about 12 trillion" is 0.8% apart: one value; bounds.ts).
   */
  inventedDigitShare: 0.05,
  /** Whole numbers in words up to this, each hedged alike, are two counts when they differ ("nearly six decades" / "nearly seven decades"; bounds.ts smallWhole). */
  smallWordValue: 20,
  /** "about X" is never tighter than ±1% of X, whatever digits it is written with ("about $295.8m" → ±$3m). */
  approxMinWidth: 0.01,
  /**
   * How far past its bound an open bound ("more than X", "up to X") is still consistent: five
   * times. "More than 800,000" does not contradict "about two million"; "more than 2 trillion"
   * does contradict "20 trillion" (a scale slip).
   */
  openFactor: 5,
  /** "more than X" excludes X itself: "more than a billion" disagrees with "nearly a billion". */
  strictly: 1e-6,
  /** An exact figure is read as a rounding of at most 1.5% (figuresAgree's rule for a note that rounds). */
  exactRounding: 0.015,
  /** A figure in words ("two million", "a billion") is as precise as a tenth of its value. */
  wordFigureUnit: 0.1,
} as const;

export const FRAME_POLICY = {
  /** A race time written as a plain number of seconds stays below this ("7.83", "44.93", "129.05"; longer times are written on a clock's face). */
  raceSecondsMax: 1000,
  /** How many tokens either side of a figure its frame reads (a sentence rarely needs more). */
  maxReach: 40,
  /** Tokens read back from a date to the verb of its event ("was inducted into the Rock and Roll Hall of Fame in 1993" is ten). */
  eventReach: 12,
  /** Tokens after an event's verb where its particle may stand ("took Clark in", "set the firm up"). */
  particleReach: 3,
  /** Tokens read after a span of time's preposition for the words of what it is measured from ("five weeks after The Game's debut, Documentary, went" is seven). */
  anchorReach: 8,
  /** Tokens after "behind" that may describe whoever a place is behind before the name ("behind the Dutch side Ajax" is four; frame.ts namesBehind). */
  behindWords: 4,
  /** Tokens from a relative clause's opener to its figure ("Shrek 2, which had seven" is two; frame.ts relativeHolder). */
  relativeReach: 5,
  /** Tokens before a date that opens its sentence, for it to be fronted ("A year later, in October 2003" is six; fronted.ts frontedDateNames). */
  frontedDateReach: 8,
  /** Tokens from a sentence's start within which a saying verb makes the names before it the figure's speakers (fronted.ts openingSpeakers: "A Tory spokesman said …"). */
  speakerReach: 8,
  /** Words between "The" and the noun of a description opening a sentence ("The US tycoon" is one; fronted.ts descriptionNames). */
  descriptionWords: 3,
  /** Figures read back for the one whose metric a figure counting "each" or "of those" takes (frame.ts elliptical: "seven victories, followed by … with five each"). */
  ellipticalFigures: 6,
  /** Tokens read after a figure for the end of its sentence and a closing attribution ("…, Jose Leibovich said": fronted.ts closingSpeaker). */
  closingReach: 40,
  /** Tokens read back from a figure for a personal pronoun and a verb opening its clause (fronted.ts pronounSubjectAt: "it became infected during a 10-minute outing"). */
  pronounReach: 12,
  /** How many tokens a dated figure's date may take before the comma of "…, after £4.6bn in November" (frame.ts periodListed): "in the fourth quarter of 2004" is six. */
  periodListGap: 6,
  /** Tokens after a count's "of" within which the counted whole's count stands (role.ts tallyOf: "five of their last six games"). */
  tallyReach: 3,
  /** Tokens of the main clause after a fronted date read for its names ("in October 2003, the couple had a son - John" is eight). */
  frontedClauseReach: 12,
  /** Tokens of a "when" clause after a moment read for the names whose moment it is (frame.ts whenAfter). */
  whenClauseReach: 10,
  /** Tokens read back from a verb of estimate for the change noun it puts "at" a percentage ("Thai growth in 2005 is now put at 5.7%" is six: role.ts estimatedChange). */
  estimateSubjectReach: 8,
  /** Tokens of an aside between a name and its "is 13" read back for the name (role.ts appositiveAge: "Liam Hart, the youngest of the three boys sharing the part, is 13" is ten). */
  ageAsideReach: 12,
  /** Words of the counted noun phrase between a figure and its passive verb group ("Two [new] motions were passed by the Assembly": frame.ts agentAfter). */
  agentNounWords: 3,
  /** Names read of a place adverbial, after a figure or before it ("in the Democratic Republic of Congo" is four). */
  placeAfterNames: 4,
  /** Tokens after an "N-time" figure read for the name of who holds its title ("three-time women's short-course champion Edith Masai": frame.ts titleHolder). */
  titleHolderReach: 6,
  /** Tokens after an ordinal read for a clause qualifying its noun ("the first Potter film where …": frame.ts qualifiedOrdinal). */
  qualifiedReach: 5,
  /** Tokens after "from" within which the figure a change started from is sought: the dates between are that figure's ("down from October's £3.6bn", "up from the weak April £2.6bn" is four). */
  fromFigureReach: 4,
  /** Tokens after "and" within which a figure makes what follows another claim ("cost £2.50 and at Snappy Snaps £9.99"; walk.ts). */
  conjunctFigureReach: 4,
  /** Tokens read back from a figure for a partner named by "with" ("the deficit with the EU fell to"). */
  partnerReach: 6,
  /** Tokens read on from a figure to the "with" of a partner named after its verb ("6.9 trillion yen, accounted for by its trade with the US" is seven). */
  partnerAfterReach: 8,
  /** Tokens read back from a gapped conjunct's opener to the change figure whose verb it shares ("rose 5% in Leeds and 7%"). */
  gapReach: 6,
  /** Words between an investing verb and its sum ("pumped an extra $2bn into": an, extra). */
  investingVerbGap: 2,
  /** Tokens between a value noun referring back and its figure ("the figure is close to 5%": is, close, to). */
  valueAnaphorGap: 5,
  /** Figures read back, past the sentence of a value noun referring back, for the one it refers to. */
  valueAnaphorReach: 3,
  /**
   * Passages deep that a source's frames are made on demand for a value noun referring back, each
   * for the one after it (sourceFrames.ts frameReferredTo): past it, the passages before in the
   * paragraph are framed in order first — the same frames — so that a paragraph of thousands of
   * "It was 5%." stays within the call stack (real chains are two or three long).
   */
  referringChainDepth: 16,
  /** Words of a gapped conjunct's own between its opener and its figure ("and for men 7%"). */
  gapPhrase: 2,
  /** …or tokens, when they are names and function words only ("and from North America by some 9%" is five). */
  gapPhraseTokens: 6,
  /** Words of a counted noun phrase between a figure and the "a" of its rate ("1.2 billion bottles of beer a year"). */
  countedPhraseWords: 4,
  /** Tokens between "the" and a nationality noun referring back ("the 31-year-old Dane": 31, -, year-old). */
  demonymDescriptors: 4,
  /** Weight kept when crossing a comma: a clause boundary, often still the same claim. */
  softDecay: 0.6,
  /** Weight kept when crossing a semicolon, colon, dash or bracket: usually another claim. */
  hardDecay: 0.3,
  /** Weight kept when leaving the parenthetical a figure sits in ("12.3 million people - 50% of the viewing public -"). */
  parenExitDecay: 0.6,
  /** Weight kept past another figure: words beyond it are more likely that figure's. */
  figureDecay: 0.5,
  /** Words weigh less with distance: 1 / (1 + distanceDecay × tokens away). */
  distanceDecay: 0.08,
  /** Below this weight the walk stops. */
  minWeight: 0.05,
  /** A name before the figure is its subject only if this close (not across ", and" into another clause). */
  subjectMinWeight: 0.25,
  /** A name after the figure counts as its subject only if this close ("8% in Nottingham North"). */
  subjectAfterWeight: 0.7,
  /** How far (tokens) a change word may be from its figure ("rose by nearly 7%"). */
  changeReach: 3,
  /** How far back a change verb may stand when "by" introduces the figure ("raised its DS shipment targets by 60%"). */
  changeByReach: 10,
  /** Words between "by" and its figure that say how the amount was reckoned ("by an average of £340": three). */
  byReckonedWords: 3,
  /** Tokens back from "by" to a verb of being ahead or behind (role.ts marginBy): its object, names and all ("out-selling X Factor winner Steve Brockstein's cover of Against All Odds by 2,000"). */
  marginReach: 16,
  /** Tokens before a figure searched for a comparison's opener ("compared with the", "against"). */
  comparisonReach: 3,
  /** Dates and spans a change's end looks past for the metric of the figure before them ("to $1.13bn for the three months to December, from $639m"). */
  timeFiguresSkipped: 4,
  /** How far back (tokens) a change noun may head a percentage ("growth for 2004 at 3.1%"). */
  changeNounReach: 6,
  /** How far (tokens) a rate word may be from its figure ("cases are filed in the courts every year"). */
  rateReach: 8,
  /** Tokens before a "since" date read for a denial of its clause (frame.ts sinceDenied: "have failed to secure any silverware or win the Ashes since 1970"). */
  sinceDenialReach: 20,
  /** Tokens after a figure, within its clause, read for a rate stated in so many words ("each year", "every day": role.ts explicitRateAfter); such a rate is the figure's own claim (perStated). */
  explicitRateReach: 16,
  /** How far back (tokens) a plan word or a past-tense verb may stand ("Sony aims to ship three million"). */
  modeReach: 8,
  /** Tokens after a figure within which "took place in", "was held in" may name where its event was (frame.ts venueAfter). */
  venueReach: 6,
  /** How far (tokens) after "more"/"fewer" a "than" makes the count a comparison ("5,000 more copies of each single than originally planned"; metric.ts, role.ts thanWithin). */
  comparisonThanReach: 8,
  /** How far back (tokens) from a modal an "If" opening its sentence's clause may stand ("If ethnic minorities were represented … in proportion to their numbers, there would be 42"). */
  conditionalReach: 40,
  /** Words of the counted noun between a figure and the "were" whose subject it is ("160,000 asylum seekers were settling"). */
  pastSubjectNounWords: 2,
  /** How far back "from" may stand before a figure ("from a peak of seven million"). */
  endReach: 5,
  /** Words of the counted noun between a count and the sum that prices it ("10,276 fraud cases worth £808m"). */
  pricedCountWords: 2,
  /** Tokens read after a level for its "- down from 39%", past its noun phrase ("a 36% share of the broadband market") or a clause's first words ("but this is"): frame.ts levelFrom… */
  levelFromWords: 8,
  /** Tokens back from a span's "in" or "for" to the superlative it is the span of ("the highest audience in four years": frame.ts extremeSpan). */
  extremeReach: 4,
  /** Tokens after a paragraph's opening "the" to its verb, at most, for a description of whom the paragraph before was about ("The 28-year-old world number one had said": sourceFrames.ts opensWithPronoun). */
  describedOpenerWords: 8,
  /** …and tokens after "from" to the figure ("down from a peak of almost 96%"). */
  levelFromReach: 5,
  /** Words of a metric phrase ("new quarterly dividend"). */
  metricWords: 3,
  /** …and after a year that dates a noun phrase, whose head is its last noun ("a 1969 British racing green Volvo" is five). */
  datedPhraseWords: 5,
  /** Tokens read back from a phrase to the "from" of the money it comes from ("revenue from its car business"). */
  fromReach: 6,
  /** Words read back from a name to the preposition of its phrase ("profits at US media giant TimeWarner"). */
  namePhraseReach: 5,
  /** Words a change noun's object may hold, read back from its last word ("growth in [UK retail sales]"). */
  changedPhraseWords: 4,
  /** How far (tokens) "that" may open a clause of what was said before its figure ("that only $840,000"), and a verb of saying stand before it ("told the court that"). */
  clauseOpenerReach: 3,
  /** Tokens read after a stretch of time spent for where it was spent (metric.ts placeSpentAfter: "spent six weeks at the top of the US album chart"). */
  spentPlaceReach: 10,
  /** Tokens a relative clause set off by commas may hold, read past whole by the metric (metric.ts relativeAsideOpening). */
  relativeAsideReach: 12,
  /** How many linking words may separate a figure from the phrase before it. */
  metricLookBack: 10,
  /** Tokens of a comma aside read past between a noun and its "was worth" ("The original agreement, signed last April, was worth $420m": metric.ts worthOf). */
  worthAsideReach: 8,
  /** Tokens read back from a figure, past no other figure, to a verb of telling and whom it addressed ("told MPs that 80%": frame.ts addresseesBefore). */
  addresseeReach: 12,
  /** Tokens before a figure searched for "also" past its verb ("is also recalling 19,924"): frame.ts alsoBefore. */
  alsoReach: 4,
  /** Words at most between "for" and a span of time it opens: its hedge or bound ("for almost", "for up to", "for a maximum of"; metric.ts spanVerb). */
  spanHedgeWords: 3,
  /** Tokens read back from a figure to a negation of the verb it is the object of ("did not give the charity £500"): frame.ts verbNegated. */
  negationReach: 6,
  /** Words of the counted noun phrase read past before the verb that may negate it ("14,000 of its [registered] voters were not …"). */
  negatedNounReach: 4,
  /** Words after a figure where "in total", "so far" or "to date" may still make it a total (frame.ts totalNear: "52,000 visitors so far"). */
  totalReach: 4,
  /** Sentences before a source figure, in its paragraph, where its subject may have been named
   * ("GTA: San Andreas … The game sold … by year end had sold more than 1.75 million"). */
  referableBack: 4,
  /** Opening passages of a source (its title line and lead) whose names it is about throughout. */
  leadPassages: 3,
  /** Opening passages of a source whose full names ("Chris Tomlinson") let a later sentence name the person by the surname alone (sourceFrames.ts fullNames). */
  fullNamePassages: 60,
  /** Sentences before a source figure, in its paragraph, whose year sets its period when it names none. */
  periodBack: 2,
  /** Most names of one run read as what a rank or an age stands in apposition to ("Mitsubishi Tokyo Financial Group, Japan's second-largest"). */
  apposedNames: 5,
  /** Most words of an ordinal's noun read past to the names a comma sets after it ("the album's second single, What Happens Tomorrow": frame.ts rankedAfter). */
  rankedNounWords: 3,
  /** Most tokens from a sentence opening with a description ("The firm is …") to a figure whose names before it are read as places only (frame.ts onlyPlacesBefore). */
  placesBeforeReach: 40,
  /** Words after "N more" read for a "than" that makes it a comparison ("300 more visitors than last year"), not an addition ("plus 300 more at the market"): role.ts. */
  addedThanReach: 4,
  /** Most words between quotation marks read past inside a phrase ('eight "critical" security holes': tokens.ts scareQuotes). */
  scareQuoteWords: 2,
  /** Most words between a verb of a moment in a life and "at N" read for a person's age ("died last year at 80": role.ts ageAt). */
  ageAtVerbReach: 5,
  /** Most sets of a scoreline read past to the noun after it ("6-3 6-7 (2-7) 7-6 (7-5) victory"): a longer run of scores measures nothing after it. */
  scorelineSets: 8,
  /** Most tokens of a relative clause on a sentence's opening noun read for its names ("The activist who killed Fortuyn …"). */
  relativeClauseTokens: 10,
  /** Most tokens between a verb of sale or payment and the "for" of the money it fetched, an adjunct between ("sold at a London auction for £100,000"). */
  saleAdjunct: 6,
  /** Longest apposition between commas read as an aside (", a rival,", ", the company's chief executive,"). */
  appositionTokens: 6,
  /** Longest parenthetical (tokens) read as one. */
  maxParenTokens: 40,
} as const;
