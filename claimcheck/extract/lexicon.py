"""Language data for the quote engine, read from `claimcheck/data/` with importlib.resources.

Every word list and pattern lives in `lang_XX.json` and is loaded into `LanguageData`, a typed
object checked on load: a key the engine does not read (a typo, or what a removed rule left
behind) or a value of the wrong shape is an error naming the file and the key, so no list
silently stops counting. Keys starting with `_` are comments.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import MISSING, dataclass, field, fields, replace
from functools import cached_property, lru_cache
from importlib import resources

LANGUAGES = ("fr", "en")


class LanguageDataError(ValueError):
    pass


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case, accents off: how names and role words are compared."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


@dataclass(frozen=True)
class StatementWords:
    """What the check-worthiness features look for in a sentence."""

    percent: frozenset[str] = frozenset()
    money: frozenset[str] = frozenset()
    scale: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    superlatives: tuple[str, ...] = ()
    comparisons: tuple[str, ...] = ()
    hedges: tuple[str, ...] = ()
    future_words: frozenset[str] = frozenset()
    conditional_words: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()
    second_person: frozenset[str] = frozenset()
    opinion_verbs: frozenset[str] = frozenset()


@dataclass(frozen=True)
class LanguageData:
    """The words and patterns of one language. A list a language does without stays empty."""

    # the reported clause
    complementizers: frozenset[str] = frozenset()
    # `plus basse que prévu`, `moins que l'an dernier`: a word of comparison makes the `que` after it the standard
    # of the comparison, not the opening of a reported clause
    comparative_words: frozenset[str] = frozenset()
    according_to: tuple[tuple[str, ...], ...] = ()  # `selon`, `d' après`: words as the tokenizer splits them
    weak_according_to: tuple[tuple[str, ...], ...] = ()  # `pour X,`: only when X is someone
    # `De source policière, …`: a phrase set off whose last word is the source's own noun
    according_to_sources: tuple[tuple[str, ...], ...] = ()
    # `pour X, il s'agit de …`: an impersonal verdict after `pour X,` is X's view, whatever noun X is
    view_openers: tuple[tuple[str, ...], ...] = ()
    # `Quant aux patients, ils …`, `As for the patients, they …`: the topic set before a subject pronoun is what it
    # stands for
    topic_markers: tuple[tuple[str, ...], ...] = ()
    view_non_holders: frozenset[str] = frozenset()  # `pour le moment, c'est …`: a time, not a view
    negations: frozenset[str] = frozenset()
    degree_adverbs: frozenset[str] = frozenset()  # `se dit très inquiet`, `non informé`: the adjective's own
    # `n'a communiqué que peu d'éléments`: the particle of negation with `que` and no `pas` means `only`
    restrictive_particles: frozenset[str] = frozenset()
    negating_markers: frozenset[str] = frozenset()  # `sans préciser que`, `without saying that`: not said
    negative_subjects: frozenset[str] = frozenset()  # `rien`, `nobody`: a subject that says nobody spoke
    litotes_cues: frozenset[str] = frozenset()  # `n'exclut pas que`: a negation that still reports
    litotes_verbs: frozenset[str] = frozenset()  # `n'hésite pas à dire`: negated, they assert the cue after them
    time_words: frozenset[str] = frozenset()
    # `a rendu hommage depuis Lyon aux victimes`: prepositions of where or when, which open no reported content
    adjunct_prepositions: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()  # a month beside a number is a date (`le 26 mars`), never who spoke
    frequency_nouns: frozenset[str] = frozenset()  # `plusieurs fois`, `several times`: how often, never who
    # `a indiqué la semaine dernière que`: when, not the object whose relative clause a `que` would open; a language
    # without the table reads no object there (English names the addressee bare: `told the court that …`)
    time_nouns: frozenset[str] = frozenset()
    disjunctions: frozenset[str] = frozenset()  # `did not identify him or say how`: a negation reaches over them
    adverbial_locutions: tuple[tuple[str, ...], ...] = ()  # `en outre`, `par ailleurs`: adverbs in several words
    object_cues: frozenset[str] = frozenset()  # cues whose object is what was said
    intent_verbs: frozenset[str] = frozenset()  # `devrait annoncer`, `plans to announce`: the act is still to come
    future_auxiliaries: frozenset[str] = frozenset()  # `will announce`
    # `annoncera`, `annoncerait`: endings a future form has; none listed, the tagger's tense is trusted
    future_endings: tuple[str, ...] = ()
    perfect_auxiliaries: frozenset[str] = frozenset()  # `a … annoncé`: a past tense, active, of the cue
    infinitive_cues: frozenset[str] = frozenset()
    # `asked not to be named`, `a demandé à rester anonyme`: a source's condition for speaking, not what it said
    anonymity_words: frozenset[str] = frozenset()
    editorial_notes: frozenset[str] = frozenset()  # `(…, NDLR)`: the editors' mark, no one's name
    # `appelle à la grève`, `plaide pour une réforme`: a request whose content the cue takes through a preposition
    prepositional_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)  # cue -> its prepositions
    capital_accents: dict[str, tuple[str, ...]] = field(default_factory=dict)  # `Evoquant`: letter -> accented
    # `estime à 2 milliards le coût de la réforme`: the figure a cue puts on something, after its preposition
    valuation_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)  # cue -> its prepositions
    reflexive_attribute_cues: frozenset[str] = frozenset()  # `se dit favorable`
    attribute_cues: frozenset[str] = frozenset()  # `juge la réforme injuste`: an object and what it is judged
    attribute_prepositions: frozenset[str] = frozenset()  # `se dit contre`, `s'estime en bonne voie`
    naming_cues: frozenset[str] = frozenset()  # `décrire X comme Y`: what X is called is what was said
    naming_links: frozenset[str] = frozenset()  # `comme`, `as`
    # `il se présente comme …`, `describes herself as …`: a subject naming itself says what follows `as_words`
    self_naming_cues: frozenset[str] = frozenset()
    reflexive_pronouns: frozenset[str] = frozenset()
    # `le projet se révèle un échec`, `la saison s'annonce difficile`: cues whose pronominal form means no saying
    pronominal_other_senses: frozenset[str] = frozenset()
    agent_cues: frozenset[str] = frozenset()  # `annoncé par le ministre`: the passive's agent speaks
    as_words: frozenset[str] = frozenset()  # `comme le souligne X`: the clause qualified is what X said
    # `a source familiar with the talks`, `une source proche du dossier`: adjectives whose complement names a source
    source_adjectives: frozenset[str] = frozenset()
    # `slammed Huffman for saying …`, `a accusé le ministre d'avoir affirmé …`: a gerund or an infinitive these open,
    # on a verb with an object, is what the object did
    conduct_prepositions: frozenset[str] = frozenset()
    # `a eu l'occasion de rappeler …`, `took the time of explaining …`: verbs whose object noun makes one predicate
    # with them, so the infinitive or gerund after it is the subject's act and that noun never speaks
    support_verbs: frozenset[str] = frozenset()
    agent_prepositions: frozenset[str] = frozenset()  # `par`, `by`: the parser does not always say `obl:agent`
    bare_complement: bool = False  # `said the plan failed`: a clause without `that`
    # `told officers he had stolen the car`: cues whose bare object is whom it was told, so a clause with a subject
    # of its own right after it is what was told (the parser reads a relative clause on the object)
    addressee_cues: frozenset[str] = frozenset()
    # English inverts a subject only after a verb with no object (`"…," said the mayor`): the noun the parser
    # makes the object of `accused the government of …` is whom it accused, never who spoke
    objects_never_speak: bool = False
    participle_endings: tuple[str, ...] = ()
    writer_verb_suffixes: tuple[str, ...] = ()  # `nous rappelons`: the writer speaks
    impersonal_subjects: frozenset[str] = frozenset()
    object_clitics: frozenset[str] = frozenset()  # `lui`, `leur`: before the verb, no part of its subject
    unnamed_charge_cues: frozenset[str] = frozenset()  # `il lui est reproché de …`: a charge nobody is named for
    verb_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # infinitive ending -> inflections
    # infinitive ending -> every ending its past participles have (`-er`: `-é`, `-ée`, `-és`, `-ées`), for the groups
    # where none is also a finite form: `déplore` tagged a participle is a present tense misread
    past_participle_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    age_nouns: frozenset[str] = frozenset()  # `Karim, 34 ans, estime`: an age set off describes, never speaks
    # `the 23-year-old said`: an age written as a noun names a person, though the recogniser calls it a date
    nominal_ages: frozenset[str] = frozenset()
    # `the 34-year-old told police`: a number, one of these units and an age word joined by hyphens are one word
    age_units: frozenset[str] = frozenset()
    # `la mère de famille`, `le chauffeur de taxi`: a noun joined with no article by one of these is part of the noun
    compound_prepositions: frozenset[str] = frozenset()
    # `the other company`, `a rival firm`: an adjective that tells an organisation from the one named before
    distinguishing_adjectives: frozenset[str] = frozenset()
    announcing_clitics: frozenset[str] = frozenset()  # `Le ministre l'assure, la réforme …`: the clause after
    clitic_as_words: frozenset[str] = frozenset()  # `ainsi que l'a annoncé X`: as `as_words`, with the clitic only
    dependency_labels: dict[str, str] = field(default_factory=dict)  # the model's label -> Universal Dependencies
    # `l'`, `qu'`: the tokenizer keeps them whole before a letter; before a space or a quotation mark they
    # must stay whole too (`qu'« il viendra »`), or the apostrophe is read as a word of its own
    elided_words: tuple[str, ...] = ()
    # `dit-il`, `allez-y`, `est-ce`, `donnez-le-moi`: the words a hyphen joins to a verb; a lower-case word whose
    # hyphens join none of them (`start-up`, `week-end`, `chef-lieu`) is one token, as the parser was trained on
    hyphen_clitics: frozenset[str] = frozenset()
    # speakers
    euphonic_t: frozenset[str] = frozenset()  # the `-t-` of `a-t-il dit`
    euphonic_t_typos: frozenset[str] = frozenset()  # `a-t'il dit`: the same `t` misspelt with an apostrophe
    subject_pronouns: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # -> gender, number
    gendered_group_pronouns: bool = False  # `il`/`elle` stands for an organisation too (`le gouvernement … il`)
    shared_determiners: bool = False  # `the mother and father`: one determiner for coordinated nouns
    stressed_pronouns: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    people_pronouns: frozenset[str] = frozenset()  # `certains`: unnamed people holding a view
    someone_pronouns: frozenset[str] = frozenset()  # `someone familiar with …`: one unnamed person, as described
    one_of_pronouns: frozenset[str] = frozenset()  # `l'une d'elles`, `one of them`: one unnamed member of a group
    partitive_pronouns: frozenset[str] = frozenset()  # `l'un de ses porte-parole`: one of those named
    writer_possessives: frozenset[str] = frozenset()  # `selon nos informations`: the writer's own, nobody named
    relative_pronouns: frozenset[str] = frozenset()
    relative_words: frozenset[str] = frozenset()
    personal_relatives: frozenset[str] = frozenset()  # `who`: a person, not the organisation before it
    anaphoric_nouns: frozenset[str] = frozenset()  # `ce dernier`
    pair_anaphors: dict[str, int] = field(default_factory=dict)  # `le premier` -> 1: which of the last two named
    # `Les deux dirigeants ont appelé …`: the numeral that, after an article and before a plural noun of people, names
    # the last two people named -> the conjunction that joins their names
    pair_numerals: dict[str, str] = field(default_factory=dict)
    counterpart_nouns: frozenset[str] = frozenset()  # `son homologue ivoirien X`: X holds the owner's office
    quantity_links: frozenset[str] = frozenset()  # `plus de moyens`: an adverb of quantity's link to its noun
    quantity_nouns: frozenset[str] = frozenset()  # `à plusieurs milliards`: a figure written as a noun
    shout_phrases: tuple[str, ...] = ()  # `aux cris de « … »`: what a crowd chanted
    clitic_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)  # `y voit une manœuvre`
    anaphoric_adjectives: frozenset[str] = frozenset()  # `le même chauffeur`: the one described before
    honorifics: frozenset[str] = frozenset()  # `Mme`, `Mr.`: not part of the name they precede
    name_titles: frozenset[str] = frozenset()  # `président`, `Senator`, `MPs`: an office before a name, lower-cased
    abbreviations: frozenset[str] = frozenset()  # `Regina, Sask.`: a full stop that ends no sentence
    honorific_genders: dict[str, str] = field(default_factory=dict)  # `Mme` -> `Fem`: what the title says
    # first names the language gives one gender though the world's table gives them to either (`jean` a man in French)
    first_name_genders: dict[str, str] = field(default_factory=dict)
    honorific_roles: dict[str, str] = field(default_factory=dict)  # `Sen.` -> `senator`: the office the title names
    definite_articles: frozenset[str] = frozenset()
    determiner_contractions: frozenset[str] = frozenset()
    role_heads: frozenset[str] = frozenset()
    role_links: frozenset[str] = frozenset()
    # `le Premier ministre` is not `le ministre des Transports`, `the former mayor` not the mayor: words that make
    # another office, kept when a role mention is matched to the role a person was given, stop words or not
    office_modifiers: frozenset[str] = frozenset()
    state_anaphors: frozenset[str] = frozenset()  # `le régime`: a place's state, named again
    seats_of_power: frozenset[str] = frozenset()  # `l'Élysée`: a place named for the office that sits there
    excess_adverbs: frozenset[str] = frozenset()  # `trop tôt pour affirmer`: an act of saying ruled out
    clause_pronouns: frozenset[str] = frozenset()  # `ce qui signifie que …`: a relative on it is the clause before
    owner_articles: dict[str, str] = field(default_factory=dict)  # `la` -> `de la `: an owner's name with its article
    # `le directeur général` is `le patron`: of those, the grades of the office's own holder, which its wider words
    # (`role_synonyms`) name too
    holder_grades: frozenset[str] = frozenset()
    former_markers: frozenset[str] = frozenset()
    # `a Romanian official`, `un responsable`: a noun for whoever holds an office, any office
    office_holder_nouns: frozenset[str] = frozenset()
    masculine_for_both_endings: tuple[str, ...] = ()  # `l'auteur`, `l'écrivain`: said of women too
    # `élu` -> `élue`, `ancien` -> `ancienne`, `policier` -> `policière`: masculine ending -> feminine endings
    feminine_derivations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    feminine_endings: tuple[str, ...] = ()  # `arrivée`: a participle's written feminine, agreeing with its subject
    inclusion_words: frozenset[str] = frozenset()  # `200 personnalités, dont plusieurs députés, …`
    people_suffixes: tuple[str, ...] = ()  # `les communistes`, `the socialists`: nouns of followers, people
    agreeing_auxiliaries: frozenset[str] = frozenset()  # `est arrivée`: the auxiliary that makes a participle agree
    role_prefixes: frozenset[str] = frozenset()  # `vice-procureur`: another office of the same kind, a role noun
    former_prefixes: frozenset[str] = frozenset()  # `ex-président`: a role held before, still a role noun
    # `Paul Morel est devenu l'entraîneur`, `Dornan became the team's coach`: the verbs that give a name its role
    role_verbs: frozenset[str] = frozenset()
    # `le gouvernement`, `la police`: a state body, never another organisation that spoke or was the subject before
    state_body_nouns: frozenset[str] = frozenset()
    # `Selon X, de l'université de …, …`: a phrase set off after a source that says where it works
    affiliation_prepositions: frozenset[str] = frozenset()
    # `Pour l'adjoint aux finances, X, …`: the preposition that opens a role's portfolio, part of the source's phrase
    portfolio_prepositions: frozenset[str] = frozenset()
    speaking_persons: frozenset[str] = frozenset()  # `nous`, `we`: a quotation holding one reads as speech
    role_genders: dict[str, str] = field(default_factory=dict)
    # `celui-ci`, `celle-ci`: pronouns whose form says their gender, whatever the tagger guesses
    pronoun_genders: dict[str, str] = field(default_factory=dict)
    # `le chef de l'État` -> `président`: a phrase the press writes for a role, and the role (with a word that
    # tells its holders apart: `chef de la diplomatie` -> `ministre`, `étranger`), or several such, tried in turn;
    # read as a tuple of offices either way
    role_periphrases: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # `les Sages` -> conseil, constitutionnel: the press's name for a body is the one the article names with these words
    organisation_periphrases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    role_synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # `Justice X` is `the judge`
    # `X ainsi que Y ont affirmé`: a coordinator in several words, and the plain one that names both speakers
    coordinating_locutions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # `Tous deux ont jugé …`, `Both said …`: the two people named last, joined by the conjunction given
    pair_pronouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # `le suspect`, `the rider`: nouns that say what someone is in the story, not an office; with a definite
    # article and nothing more, they re-describe a person just named
    epithet_heads: frozenset[str] = frozenset()
    demonyms: frozenset[str] = frozenset()  # `L'Espagnol`: a nationality made a noun, an epithet of its own
    org_anaphors: frozenset[str] = frozenset()  # `the company`, `le groupe`
    # `the automaker`, `l'entreprise`: an anaphor that only names a business, never a public body or an association
    # whose name says what it is (`the National Highway Traffic Safety Administration`, `l'Agence nationale …`)
    business_anaphors: frozenset[str] = frozenset()
    # `le quotidien`, `the newspaper`: an anaphor naming only a medium, which goes to the organisation that spoke last
    media_anaphors: frozenset[str] = frozenset()
    public_body_words: frozenset[str] = frozenset()
    possessive_articles: dict[str, str] = field(default_factory=dict)  # `sa` -> `la`: `sa mère` -> `la mère de X`
    # `her` -> `she`: `her lawyer` -> `Mary Jones's lawyer`, the owner found as the pronoun's antecedent would be
    possessive_pronouns: dict[str, str] = field(default_factory=dict)
    # `son rapport`, `leurs chiffres`: a possessive determiner -> the gender and number of its owner, where the
    # language does not write them as a subject pronoun's (French `son` agrees with the noun, not the owner)
    possessive_owners: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    document_nouns: frozenset[str] = frozenset()
    author_links: frozenset[str] = frozenset()  # `un rapport de la police`
    # `la mère du suspect`, `the lawyer of the company`: the preposition that makes a noun's complement whose
    # it is, and how it is written before the name that replaces the complement
    owner_links: dict[str, str] = field(default_factory=dict)
    authoring_verbs: frozenset[str] = frozenset()  # `les chiffres publiés par l'Insee`: the agent wrote the text
    document_cues: frozenset[str] = frozenset()  # `les documents montrent que`: a cue only under a text or data
    reading_cues: frozenset[str] = frozenset()  # `the statement reads: "…"`: a text's words, a cue only under a text
    # `the government's announcement that …`, `l'annonce par le groupe qu'il fermera …`: a noun of speech whose
    # clause is what its holder said; not when the clause is a relative one on a verb of making it
    # (`l'annonce qu'il a faite`, `the claim he made`)
    speech_nouns: frozenset[str] = frozenset()
    # `« … » Le constat de X est sans appel`, `"…" That was the verdict of X`: a noun naming what was just quoted
    verdict_nouns: frozenset[str] = frozenset()
    speech_noun_makers: frozenset[str] = frozenset()
    # `a dressé un portrait flatteur de la France`, `a présenté des excuses aux Guyanais`: a noun naming an act of
    # saying, and the verbs that perform it; their object phrase is what was said
    speech_act_objects: dict[str, tuple[str, ...]] = field(default_factory=dict)
    relay_participles: frozenset[str] = frozenset()  # `un témoin cité par Le Parisien`: through whom, not who
    refusal_verbs: frozenset[str] = frozenset()  # `a refusé de dévoiler`, `declined to say`: a cue not said
    criterion_nouns: frozenset[str] = frozenset()  # `varient selon les régions`: what it depends on, no source
    conjunction_openers: frozenset[str] = frozenset()  # `alors que`, `so that`: a conjunction, no reported clause
    narrative_infinitive_marks: frozenset[str] = frozenset()  # `Et le ministre de poursuivre : « … »`
    cleft_insertions: tuple[tuple[str, ...], ...] = ()  # `c'est en effet ce que`: an adverb inside a cleft
    quantifying_determiners: frozenset[str] = frozenset()  # `denied any wrongdoing`: a claim, not a thing named
    judicial_heads: frozenset[str] = frozenset()  # `la cour a confirmé le gel du décret`: a verdict, no claim
    voting_verbs: frozenset[str] = frozenset()  # `a voté « contre »`: a vote, no claim, whatever the marks
    cleft_openers: tuple[tuple[str, ...], ...] = ()  # `c'est … que`, `it was … that`: pronoun and copula lemma
    work_nouns: frozenset[str] = frozenset()  # `la chanson « … »`: the marks after it hold a title, nobody's words
    title_participles: frozenset[str] = frozenset()  # `un rapport intitulé « … »`: a title follows
    seat_participles: tuple[str, ...] = ()  # `the Seattle-based retailer`: a modifier ending so says where it is
    scheme_nouns: frozenset[str] = frozenset()  # `l'opération « … »`: capitalised marks after it hold a name
    # `« … » : c'est ainsi que le maire a résumé la situation`: a cleft of manner after a quotation says whose it
    # was
    manner_clefts: tuple[tuple[str, ...], ...] = ()
    # `« … » Ainsi s'exprimait X`: an adverb of manner right after a quotation, then a cue and its subject inverted
    # after it: the quotation is that subject's
    manner_inversions: tuple[tuple[str, ...], ...] = ()
    # `Pas de reprise à venir : c'est ce qu'indique l'Insee`: a cleft whose relative is a cue's object points back at
    # what was just written, which is what the cue's subject said
    content_clefts: tuple[tuple[str, ...], ...] = ()
    # `Il n'y a aucune violation. C'est du moins l'avis de Me Cissé`: a cleft whose focus is a noun of `verdict_nouns`
    # with its holder points back at what was just written, which the holder said
    verdict_clefts: tuple[tuple[str, ...], ...] = ()
    # `L'opposition parle d'un « coup d'État »`: cues that report only the quotation in their object (`parle de la
    # réforme` is a topic, not a claim)
    quotation_only_cues: frozenset[str] = frozenset()
    addressee_prepositions: frozenset[str] = frozenset()  # `reproché au maire`: whom, not what
    request_marks: frozenset[str] = frozenset()  # `invite X à partir`: the mark of the infinitive a request asks for
    question_words: frozenset[str] = frozenset()  # `Qu'a dit le ministre ?`: the object asks what was said
    question_cues: frozenset[str] = frozenset()  # `s'est demandé si …`: cues that report a question asked
    question_openers: frozenset[str] = frozenset()  # `si`, `pourquoi`: the words an indirect question opens on
    note_marks: frozenset[str] = frozenset()  # `À noter que …`: the word before an infinitive, a note to the reader
    purpose_marks: frozenset[str] = frozenset()  # `pour connaître …`: an infinitive of purpose, no object of the cue
    expletive_subjects: frozenset[str] = frozenset()  # `il` of `il est reproché`: a subject that is nobody
    voice_nouns: frozenset[str] = frozenset()  # `par la voix de`
    # `a-t-on appris auprès de la préfecture`: the inverted `on` of the wire's formula, and the words that lead
    # from it to where the words were heard
    unnamed_source_clitics: frozenset[str] = frozenset()
    source_openers: frozenset[str] = frozenset()
    # `Chez Renault, on assure …`, `Du côté de la CGT, on dénonce …`: an `on` speaks for whom the clause opens
    # on, after one of these prepositions, or as the complement of one of these nouns
    holder_prepositions: frozenset[str] = frozenset()
    hearing_verbs: dict[str, tuple[str, ...]] = field(default_factory=dict)  # `a appris X auprès de`: the source
    source_nouns: frozenset[str] = frozenset()  # `De source policière, on indique …`: who `on` is
    generic_person_nouns: frozenset[str] = frozenset()  # `l'homme`, `the woman`: who someone is, not what they do
    party_nouns: frozenset[str] = frozenset()  # `la défense`, `the prosecution`: a side of a trial speaking as one
    holder_sides: frozenset[str] = frozenset()
    # `Ford Motor Company`, named once, is Ford's fullest name however often `Ford` stands alone; `Boeing
    # Commercial Airplanes` is a part of Boeing, not its name
    legal_forms: frozenset[str] = frozenset()
    speaker_stop_words: frozenset[str] = frozenset()
    statements: StatementWords = StatementWords()

    @classmethod
    def from_json(cls, raw: dict, source: str) -> "LanguageData":
        data = _build(cls, raw, source)
        wrong = sorted(name for name, gender in data.first_name_genders.items()
                       if gender not in ("Masc", "Fem") or name != fold(name))
        if wrong:
            raise LanguageDataError(f"{source}: first_name_genders: {', '.join(wrong[:3])}: expected a first name in "
                                    "lower case without accents -> Masc or Fem")
        # `vice-procureur`, `sous-préfet`: a prefix of office joined to a role noun is an office of its own, matched
        # as written wherever role nouns are
        compounds = {f"{prefix}-{role}" for prefix in data.role_prefixes for role in data.role_heads if "-" not in role}
        # (one office written alone, `["président"]`, is a list of one)
        offices = {phrase: roles if roles and isinstance(roles[0], tuple) else (roles,)
                   for phrase, roles in data.role_periphrases.items()}
        return replace(data, role_heads=data.role_heads | compounds, role_periphrases=offices)


# the words matched as the text writes them (`Mme`, `Inc.`, `Ont.`); every other word is compared with a token's
# lower-case form or lemma, so a capital in it would never match (`PDG` in `role_heads` named no office)
WRITTEN_AS_IS = frozenset({"honorifics", "honorific_genders", "honorific_roles", "legal_forms", "abbreviations"})


def _build(kind, raw: dict, source: str):
    if not isinstance(raw, dict):
        raise LanguageDataError(f"{source}: expected an object of keys, got {type(raw).__name__}")
    known = {f.name: f for f in fields(kind)}
    unknown = sorted(k for k in raw if not k.startswith("_") and k not in known)
    if unknown:
        raise LanguageDataError(f"{source}: unknown key{'s' if len(unknown) > 1 else ''} {', '.join(unknown)} "
                                f"(the engine reads: {', '.join(known)})")
    values = {}
    for name, value in raw.items():
        if name.startswith("_"):
            continue
        where = f"{source}: {name}"
        default = known[name].default if known[name].default_factory is MISSING else known[name].default_factory()
        if isinstance(default, StatementWords):
            values[name] = _build(StatementWords, value, where)
        elif isinstance(default, bool):
            if not isinstance(value, bool):
                raise LanguageDataError(f"{where}: expected true or false")
            values[name] = value
        elif isinstance(default, frozenset):
            values[name] = frozenset(_strings(value, where))
        elif isinstance(default, dict):
            if not isinstance(value, dict):
                raise LanguageDataError(f"{where}: expected an object")
            values[name] = {str(k): _frozen(v) for k, v in value.items()}
        elif name in ("according_to", "weak_according_to", "according_to_sources", "view_openers",
                      "adverbial_locutions", "cleft_openers", "manner_clefts", "manner_inversions", "content_clefts",
                      "verdict_clefts", "cleft_insertions", "topic_markers"):
            if not isinstance(value, list) or not all(isinstance(p, list) and p for p in value):
                raise LanguageDataError(f"{where}: expected a list of word lists")
            values[name] = tuple(tuple(_strings(p, where)) for p in value)
        else:  # a list of words whose order counts: suffixes tried in turn, phrases searched for
            values[name] = tuple(_strings(value, where))
        cased = [word for word in _matched_words(name, values[name]) if word != word.lower()]
        if cased:
            raise LanguageDataError(f"{where}: {', '.join(cased[:3])}: words are matched in lower case here")
    return kind(**values)


def _matched_words(name: str, value) -> list[str]:
    """The words of a field that tokens are matched against in lower case: a list's words, a phrase's, a table's keys
    (its values may be the tagger's features, `Masc`); none in the fields matched as written."""
    if name in WRITTEN_AS_IS or isinstance(value, (bool, StatementWords)):
        return []
    if isinstance(value, dict):
        return list(value)
    return [word for item in value for word in ((item,) if isinstance(item, str) else item)]


def _strings(value, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LanguageDataError(f"{where}: expected a list of words")
    return value


def _frozen(value):
    return tuple(_frozen(v) for v in value) if isinstance(value, list) else value


@dataclass(frozen=True)
class Lexicon:
    lang: str
    cues: frozenset[str]                    # single-word cue lemmas
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # verb lemma -> words that must follow
    forms: dict[str, str]                   # inflected surface form -> lemma (lemmatizer fallback)
    data: LanguageData

    @cached_property
    def people_nouns(self) -> frozenset[str]:
        """Nouns that name someone who can speak or hold a view: a role, an organisation, a public body, what
        someone is in the story (`le maire`, `le syndicat`, `la préfecture`, `les habitants`)."""
        data = self.data
        return data.role_heads | data.org_anaphors | data.public_body_words | data.epithet_heads | data.source_nouns \
            | data.party_nouns

    @cached_property
    def litotes_forms(self) -> frozenset[str]:
        """The forms of `litotes_verbs`, which the lemmatizer does not always read as verbs (`manque`, the noun)."""
        verbs = self.data.litotes_verbs
        return verbs | {form for verb in verbs for form in inflect(verb, self.data.verb_endings)}

    @cached_property
    def first_name_genders(self) -> dict[str, str]:
        """First name -> `Masc` or `Fem`: the world's table (`first_name_genders()`), and the names the language gives
        one gender where other languages give them to either (`Jean` a man in French, a woman in English)."""
        return {**first_name_genders(), **self.data.first_name_genders}

    @cached_property
    def seats_of_power(self) -> frozenset[str]:
        """`seats_of_power` as names are compared: folded, a hyphen read as a space (`Maison-Blanche`)."""
        return frozenset(fold(seat.replace("-", " ")) for seat in self.data.seats_of_power)

    @cached_property
    def holder_grade_words(self) -> frozenset[str]:
        """`holder_grades` as role words are compared, accents off."""
        return frozenset(map(fold, self.data.holder_grades))

    def relay_participle(self, token) -> bool:
        """`cité par l'AFP`, `interrogé par Le Monde` (`relay_participles`), also when the tagger read the participle
        as a noun (`cité`, the city): its form is one of the verb's participles (`past_participle_endings`)."""
        return token.lemma_.lower() in self.data.relay_participles or token.lower_ in self._relay_forms

    @cached_property
    def _relay_forms(self) -> frozenset[str]:
        return frozenset(form for verb in self.data.relay_participles
                         for form in inflect(verb, self.data.past_participle_endings))

    @cached_property
    def office_words(self) -> frozenset[str]:
        """`office_modifiers` as mentions are compared, accents off (`générale`: `generale`)."""
        return frozenset(map(fold, self.data.office_modifiers))

    @cached_property
    def office_nouns(self) -> frozenset[str]:
        """`role_heads` and their wider nouns (`role_synonyms`) as mentions are compared, accents off."""
        return frozenset(map(fold, self.data.role_heads.union(*self.data.role_synonyms.values())))

    def names_people(self, word: str) -> bool:
        """A noun of `people_nouns`, or of a doctrine's or a trade's followers (`people_suffixes`: `les
        communistes`, `the socialists`; long enough not to be `liste`, `piste`)."""
        return word in self.people_nouns or (len(word) >= 8 and word.endswith(self.data.people_suffixes))

    def self_naming_lemma(self, lemma: str, text: str) -> str | None:
        """The self-naming verb a token stands for (`se présente`), trusting the surface form too."""
        lemma, low = lemma.lower(), text.lower()
        for candidate in (lemma, self.forms.get(low)):
            if candidate and candidate in self.data.self_naming_cues:
                return candidate
        return None

    def lemma_among(self, words: frozenset[str], lemma: str, text: str) -> str | None:
        """The lemma of `words` a token stands for (`donne`, which the French lemmatizer leaves as is, is
        `donner`), trusting the surface form when the lemmatizer is wrong."""
        return next((c for c in (lemma.lower(), self.forms.get(text.lower())) if c and c in words), None)

    def cue_lemma(self, lemma: str, text: str) -> str | None:
        """The cue a token stands for, trusting the surface form when the lemmatizer is wrong."""
        lemma, low = lemma.lower(), text.lower()
        accented = self.accented_forms(low) if text[:1].isupper() else ()
        for candidate in (lemma, self.forms.get(low), *(self.forms.get(form) for form in accented)):
            if candidate and (candidate in self.cues or candidate in self.phrases):
                return candidate
        return None

    def accented_forms(self, word: str) -> tuple[str, ...]:
        """`evoquant` -> `évoquant`: the lower-cased forms a word written with an unaccented capital may stand
        for (`capital_accents`)."""
        return tuple(letter + word[1:] for letter in self.data.capital_accents.get(word[:1], ()))


def inflect(lemma: str, endings: dict[str, tuple[str, ...]]) -> list[str]:
    """The forms of a verb by the endings of its group (`verb_endings`), the first group it ends with."""
    for group, suffixes in endings.items():
        if lemma.endswith(group) and len(lemma) > len(group) + 1:
            stem = lemma[: -len(group)]
            return [stem + suffix for suffix in suffixes]
    return []


@lru_cache(maxsize=None)
def first_name_table() -> dict[str, str | None]:
    """Every first name of `first_names.tsv` (lower case, no accents; built by `benchmarks/first_names.py`) ->
    `Masc` or `Fem` for a name that nearly always names one gender, None for one given to both (`jean`, a man in
    French and a woman in English; `dominique`, `alexis`): a name of either still opens a person's name."""
    return read_first_names((resources.files("claimcheck.data") / "first_names.tsv").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def first_name_genders() -> dict[str, str]:
    """The first names that nearly always name one gender -> `Masc` or `Fem`. A pronoun then never goes to a
    man named `Nicolas` when it is `elle`, even where the article writes nothing else about him."""
    return {name: gender for name, gender in first_name_table().items() if gender}


def read_first_names(text: str, source: str = "first_names.tsv") -> dict[str, str | None]:
    genders = {"M": "Masc", "F": "Fem", "X": None}
    table: dict[str, str | None] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        name, _, gender = line.partition("\t")
        if gender not in genders or not name:
            raise LanguageDataError(f"{source}, line {number}: expected `name<TAB>M|F|X`, got {line!r}")
        table[name] = genders[gender]
    return table


def read_verb_forms(path, verbs: frozenset[str] | set[str]) -> list[tuple[str, str]]:
    """`form<TAB>infinitive` rows of the forms regular endings miss (`dément`, `complète`; built by
    benchmarks/verb_forms.py): none when the language has no such table. A row for a verb the lexicon does not
    hold is an error: the table was built for another cue list."""
    if not path.is_file():
        return []
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        form, _, verb = line.partition("\t")
        if not form or verb not in verbs:
            raise LanguageDataError(f"{path.name}, line {number}: expected `form<TAB>verb` of a known verb, got {line!r}")
        rows.append((form, verb))
    return rows


@lru_cache(maxsize=None)
def load(lang: str) -> Lexicon:
    if lang not in LANGUAGES:
        raise ValueError(f"no cue lexicon for language {lang!r} (have: {', '.join(LANGUAGES)})")
    package = resources.files("claimcheck.data")
    name = f"lang_{lang}.json"
    data = LanguageData.from_json(json.loads((package / name).read_text(encoding="utf-8")), name)
    cues: set[str] = set()
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for line in (package / f"cues_{lang}.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        verb, *rest = line.split()
        if rest:
            phrases.setdefault(verb, []).append(tuple(rest))
        else:
            cues.add(verb)
    forms: dict[str, str] = {}
    said = cues | set(phrases) | data.self_naming_cues | data.document_cues | data.litotes_cues | data.reading_cues
    # (the verbs that author a text after the cues: a form both could have stays the cue's)
    for lemma in [*sorted(said), *sorted(data.authoring_verbs - said)]:
        for form in inflect(lemma, data.verb_endings):
            forms.setdefault(form, lemma)
    for form, lemma in read_verb_forms(package / f"verb_forms_{lang}.tsv", said | data.authoring_verbs):
        forms.setdefault(form, lemma)
    return Lexicon(
        lang=lang,
        cues=frozenset(cues),
        phrases={verb: tuple(p) for verb, p in phrases.items()},
        forms=forms,
        data=data,
    )
