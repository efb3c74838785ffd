/**
 * The entity stage's rule passes, in the order they run over the tagger's
 * spans: rules where a rule generalizes better than a learned weight
 * (demonyms are no names, an acronym in brackets after a name is that
 * name's acronym, a name found once is the same name and type wherever
 * else it stands). The number in each file name is its place here.
 */
import type { EntityPass } from '../pass';
import { extendToCapitalizedSequences } from './01-extend-to-capitalized-sequences';
import { nameBoundaries } from './02-name-boundaries';
import { dropDemonyms } from './03-drop-demonyms';
import { dropNotNames } from './04-drop-not-names';
import { addCapitalizedNames } from './05-add-capitalized-names';
import { nameBoundariesAgain } from './06-name-boundaries-again';
import { typeByEvidence } from './07-type-by-evidence';
import { splitJoinedNames } from './08-split-joined-names';
import { mergeOrganizationOfPlace } from './09-merge-organization-of-place';
import { addAcronyms } from './10-add-acronyms';
import { propagateNames } from './11-propagate-names';
import { dropUnsupportedOpeners } from './12-drop-unsupported-openers';
import { dropStormsAndPostnominals } from './13-drop-storms-and-postnominals';
import { placeBeforeRegion } from './14-place-before-region';
import { addressPlaces } from './15-address-places';
import { datelinePlaces } from './16-dateline-places';
import { sportsTeams } from './17-sports-teams';
import { dropCommonWordsInCaps } from './18-drop-common-words-in-caps';
import { dropLawsEventsAndAwards } from './19-drop-laws-events-and-awards';
import { joinAmpersandNames } from './20-join-ampersand-names';
import { addRepeatedAcronyms } from './21-add-repeated-acronyms';
import { splitOrganizationBeforePerson } from './22-split-organization-before-person';
import { dropProducts } from './23-drop-products';
import { splitHyphenatedPairs } from './24-split-hyphenated-pairs';
import { dropGivenNamesAfterCommonWords } from './25-drop-given-names-after-common-words';
import { dropTailsOfTitles } from './26-drop-tails-of-titles';
import { joinConjoinedNameWords } from './27-join-conjoined-name-words';
import { numberedBroadcasters } from './28-numbered-broadcasters';
import { organizationsByPronoun } from './29-organizations-by-pronoun';
import { coordinatedCompanies } from './30-coordinated-companies';
import { joinPossessiveNames } from './31-join-possessive-names';
import { definedAcronyms } from './32-defined-acronyms';
import { particleSurnames } from './33-particle-surnames';
import { knownOrganizationsAtOpenings } from './34-known-organizations-at-openings';
import { dropNamedArtifacts } from './35-drop-named-artifacts';
import { tailsOfOrganizations } from './36-tails-of-organizations';
import { dropProductsByName } from './37-drop-products-by-name';
import { dropQuotedTitles } from './38-drop-quoted-titles';
import { placesByContext } from './39-places-by-context';
import { givenNamesSharingAFamilyName } from './40-given-names-sharing-a-family-name';
import { dropNationalityNouns } from './41-drop-nationality-nouns';
import { organizationBoundaries } from './42-organization-boundaries';
import { addListedOrganizations } from './43-add-listed-organizations';
import { institutionsNamedAlone } from './44-institutions-named-alone';
import { quotedNicknames } from './45-quoted-nicknames';
import { playersAfterPositions } from './46-players-after-positions';
import { lowerCaseCompanies } from './47-lower-case-companies';
import { personBoundaries } from './48-person-boundaries';
import { organizationsInCompanyLists } from './49-organizations-in-company-lists';
import { possessivePlaceNames } from './50-possessive-place-names';
import { dataSources } from './51-data-sources';
import { sharedPluralHeads } from './52-shared-plural-heads';
import { aliasesTakeType } from './53-aliases-take-type';
import { facilitiesBeforeNouns } from './54-facilities-before-nouns';
import { placesListedAfterPrepositions } from './55-places-listed-after-prepositions';
import { placesOfResidence } from './195-places-of-residence';
import { companiesByExecutivesAndShares } from './56-companies-by-executives-and-shares';
import { dropModifierNames } from './57-drop-modifier-names';
import { personsListedWithPersons } from './58-persons-listed-with-persons';
import { titleWordsOutOfNames } from './59-title-words-out-of-names';
import { airlinesBeforeFlightNumbers } from './60-airlines-before-flight-numbers';
import { shortNamesOfOrganizations } from './61-short-names-of-organizations';
import { lastWordsOfOrganizations } from './62-last-words-of-organizations';
import { koreanFamilyNames } from './63-korean-family-names';
import { personsEndingInCompanyWords } from './64-persons-ending-in-company-words';
import { teamSheets } from './65-team-sheets';
import { commonWordsOffOpeners } from './66-common-words-off-openers';
import { careerTeams } from './67-career-teams';
import { openingWordsOfOrganizations } from './68-opening-words-of-organizations';
import { organizationsAfterBased } from './69-organizations-after-based';
import { broadcastersNamedForPlaces } from './70-broadcasters-named-for-places';
import { outletsNamedWithArticles } from './71-outlets-named-with-articles';
import { dropColouredProducts } from './72-drop-coloured-products';
import { outletsAfterThe } from './73-outlets-after-the';
import { organizationsByHeadWords } from './74-organizations-by-head-words';
import { businessesNamedInPossessive } from './75-businesses-named-in-possessive';
import { dropCurrencyQualifiers } from './76-drop-currency-qualifiers';
import { namesAfterKindNouns } from './77-names-after-kind-nouns';
import { personsOpeningLikeOrganizations } from './78-persons-opening-like-organizations';
import { personsNamedInPossessive } from './82-persons-named-in-possessive';
import { partyWordsOutOfNames } from './83-party-words-out-of-names';
import { personsOfOrganizations } from './84-persons-of-organizations';
import { acronymsJoinedToOrganizations } from './79-acronyms-joined-to-organizations';
import { namesBodiesGiveThemselves } from './80-names-bodies-give-themselves';
import { officesOfTitleHolders } from './81-offices-of-title-holders';
import { partyMemberPhrases } from './86-party-member-phrases';
import { hyphenatedPlaceNames } from './87-hyphenated-place-names';
import { postcodesOutOfPlaces } from './88-postcodes-out-of-places';
import { dropKindAcronyms } from './90-drop-kind-acronyms';
import { placesByRouteAndFeatureHeads } from './96-places-by-route-and-feature-heads';
import { fullNamesByTheirSurnames } from './100-full-names-by-their-surnames';
import { personsByNewsGivenNames } from './101-persons-by-news-given-names';
import { commonWordBrandsListedWithCompanies } from './105-common-word-brands-listed-with-companies';
import { teamsByNameEndings } from './106-teams-by-name-endings';
import { titlesAfterPersonNames } from './115-titles-after-person-names';
import { companiesBeforeLegalSuffixes } from './160-companies-before-legal-suffixes';
import { codeLettersOutOfNames } from './161-code-letters-out-of-names';
import { outletsByCues } from './165-outlets-by-cues';
import { personsAfterKinNouns } from './170-persons-after-kin-nouns';
import { splitHyphenatedNamePairs } from './185-split-hyphenated-name-pairs';
import { titleAbbreviationsOutOfPersons } from './186-title-abbreviations-out-of-persons';
import { personsNamedLikeCompanies } from './175-persons-named-like-companies';
import { personsReportedWithHeOrShe } from './176-persons-reported-with-he-or-she';
import { acronymsBeforePlaces } from './177-acronyms-before-places';
import { namesInWireSlugLines } from './200-names-in-wire-slug-lines';
import { currenciesQuotedAtRates } from './201-currencies-quoted-at-rates';
import { organizationsOfTheNamed } from './202-organizations-of-the-named';
import { partyPluralsAfterThe } from './203-party-plurals-after-the';
import { countyClubsInCricketReports } from './204-county-clubs-in-cricket-reports';
import { teamsInMotorRacingReports } from './205-teams-in-motor-racing-reports';

export const entityPasses: readonly EntityPass[] = [
  extendToCapitalizedSequences,
  nameBoundaries,
  dropDemonyms,
  dropNotNames,
  addCapitalizedNames,
  nameBoundariesAgain,
  typeByEvidence,
  // (numbered last as it came last; it undoes type-by-evidence's "place and one more word" for a hyphenated place)
  hyphenatedPlaceNames,
  splitJoinedNames,
  mergeOrganizationOfPlace,
  addAcronyms,
  organizationsAfterBased,
  // (numbered last as it came last; before propagate-names, which would spread a group's words as names)
  partyMemberPhrases,
  // (numbered last as they came last; before propagate-names, which spreads the company to its shorter mentions, and
  // the code letter out first, so that the company's short name stands alone)
  codeLettersOutOfNames,
  companiesBeforeLegalSuffixes,
  propagateNames,
  dropUnsupportedOpeners,
  dropStormsAndPostnominals,
  placeBeforeRegion,
  addressPlaces,
  // (numbered last as it came last; beside the other pass on addresses)
  postcodesOutOfPlaces,
  datelinePlaces,
  sportsTeams,
  // (numbered last as it was split out of sports-teams late; it reads the clubs' context as sports-teams leaves it)
  careerTeams,
  dropCommonWordsInCaps,
  dropLawsEventsAndAwards,
  joinAmpersandNames,
  addRepeatedAcronyms,
  // (numbered last as it came last; after the passes that spread or add acronyms, whose kind-noun mentions it drops)
  dropKindAcronyms,
  splitOrganizationBeforePerson,
  dropProducts,
  // (numbered last as it came last; after drop-products, which reads an age grade such as "U21" as a model code)
  teamsByNameEndings,
  splitHyphenatedPairs,
  dropGivenNamesAfterCommonWords,
  dropTailsOfTitles,
  joinConjoinedNameWords,
  numberedBroadcasters,
  // (numbered last as it came last; beside the numbered broadcasters, whose heads it shares)
  broadcastersNamedForPlaces,
  organizationsByPronoun,
  // (numbered last as it came last; its mirror)
  coordinatedCompanies,
  joinPossessiveNames,
  // (numbered last as it came last; beside the other pass on possessives in names)
  businessesNamedInPossessive,
  definedAcronyms,
  particleSurnames,
  knownOrganizationsAtOpenings,
  dropNamedArtifacts,
  tailsOfOrganizations,
  dropProductsByName,
  // (numbered last as it came last; beside the other product rules)
  dropColouredProducts,
  // (numbered last as it came last; beside the other rules on what a name qualifies)
  dropCurrencyQualifiers,
  dropQuotedTitles,
  placesByContext,
  givenNamesSharingAFamilyName,
  dropNationalityNouns,
  organizationBoundaries,
  addListedOrganizations,
  // (numbered last as it came last; beside the other pass that adds organizations the tagger left out)
  organizationsByHeadWords,
  // (numbered last as it came last; beside the other pass that adds bodies by their head word)
  officesOfTitleHolders,
  institutionsNamedAlone,
  quotedNicknames,
  playersAfterPositions,
  lowerCaseCompanies,
  personBoundaries,
  organizationsInCompanyLists,
  // (numbered last as it came last; beside the other pass on lists of companies)
  commonWordBrandsListedWithCompanies,
  possessivePlaceNames,
  dataSources,
  // (numbered last as it came last; beside data-sources, the other pass on who is cited)
  outletsNamedWithArticles,
  // (numbered last as it came last; beside the other outlets' rule)
  outletsAfterThe,
  // (numbered last as it came last; beside the other outlets' rules: names listed as outlets, where cited)
  outletsByCues,
  // (numbered last as it came last; beside the other outlets' rules)
  sharedPluralHeads,
  aliasesTakeType,
  facilitiesBeforeNouns,
  placesListedAfterPrepositions,
  // (numbered last as it came last; beside the other pass that reads a place from the words before it)
  placesOfResidence,
  companiesByExecutivesAndShares,
  dropModifierNames,
  personsListedWithPersons,
  // (numbered last as it came last; beside the other pass that types a person by the words around it)
  personsAfterKinNouns,
  // (numbered last as it came last; beside the other pass that types a person by the words after it)
  personsReportedWithHeOrShe,
  titleWordsOutOfNames,
  // (numbered last as it came last; beside the other pass that takes a title's words out of a name)
  titlesAfterPersonNames,
  // (numbered last as it came last; beside the other passes that take a title's words out of a name)
  titleAbbreviationsOutOfPersons,
  airlinesBeforeFlightNumbers,
  // (numbered last as they came last; before the two passes that spread an organization's words)
  personsNamedInPossessive,
  partyWordsOutOfNames,
  personsOfOrganizations,
  // (numbered last as they came last; before the two passes that spread an organization's words, which would spread a person's)
  personsByNewsGivenNames,
  fullNamesByTheirSurnames,
  // (numbered last as it came last; before pass 61, which spreads the company it reads to its first word said alone)
  personsNamedLikeCompanies,
  shortNamesOfOrganizations,
  lastWordsOfOrganizations,
  koreanFamilyNames,
  personsEndingInCompanyWords,
  teamSheets,
  // (numbered last as it came last; it runs before common-words-off-openers, which may take the word off again)
  openingWordsOfOrganizations,
  commonWordsOffOpeners,
  namesAfterKindNouns,
  personsOpeningLikeOrganizations,
  acronymsJoinedToOrganizations,
  namesBodiesGiveThemselves,
  placesByRouteAndFeatureHeads,
  // (numbered last as it came last; after every pass that types places, one of which may read the campus's place)
  acronymsBeforePlaces,
  // (numbered last as it came last; after every pass that adds a one-word name, which it reads as the pair's parts)
  splitHyphenatedNamePairs,
  // (numbered last as they came last, wire copy's names: after every pass that adds or joins names, which could
  // give back a headline's words or a currency)
  organizationsOfTheNamed,
  partyPluralsAfterThe,
  countyClubsInCricketReports,
  teamsInMotorRacingReports,
  currenciesQuotedAtRates,
  namesInWireSlugLines,
];
