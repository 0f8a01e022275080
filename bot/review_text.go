package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() {
	i18n.Register(reviewDE, reviewEN)
	i18n.RegisterPlural(reviewPluralDE, reviewPluralEN)
}

// reviewDE holds the German sentences of the network review.
var reviewDE = map[string]string{
	"usage.review_start":   "überprüfung starten [gremien:a,b] [zeitraum:\"14 Tage\"] [kanal:#…] – Netzwerküberprüfung jetzt starten (koordinierende Stelle)",
	"usage.review_status":  "überprüfung status – die laufende Netzwerküberprüfung und ihre Rücklaufquote",
	"usage.review_history": "überprüfung verlauf – frühere Netzwerküberprüfungen mit Rücklaufquote und Trend",
	"usage.review_show":    "überprüfung zeigen <ID> – Analyse und Ergebnis einer Netzwerküberprüfung (koordinierende Stelle)",
	"usage.review_close":   "überprüfung abschließen <ID> – Netzwerküberprüfung jetzt abschließen (koordinierende Stelle)",
	"usage.review_survey":  "überprüfung umfrage <ID> <Gremium> – Fragebogen zu einem Gremium anzeigen",
	"usage.review_answer":  "überprüfung antworten <ID> <Gremium> <Bewertung 1–5 je Dimension …> [mandat:ja|teilweise|nein] [ressourcen:…] [entscheider:…] [änderung:\"…\"] – Fragebogen beantworten",

	"err.reviews_unavailable":           "Netzwerküberprüfungen sind in dieser Installation nicht eingerichtet.",
	"err.review_extra":                  "„%s“ ist hier nicht vorgesehen; möglich sind gremien:, zeitraum: und kanal:.",
	"err.review_already_open":           "Es läuft bereits eine Netzwerküberprüfung (%s). Bitte schließen Sie diese zuerst ab.",
	"err.review_not_found":              "Eine Netzwerküberprüfung mit der ID „%s“ gibt es nicht.",
	"err.review_none_open":              "Zurzeit läuft keine Netzwerküberprüfung.",
	"err.review_closed":                 "Die Netzwerküberprüfung %s ist bereits abgeschlossen; Antworten sind nicht mehr möglich.",
	"err.review_id_missing":             "Bitte geben Sie die ID der Netzwerküberprüfung an.",
	"err.review_survey_args":            "Bitte geben Sie die ID der Netzwerküberprüfung und das Gremium an.",
	"err.review_committee_not_reviewed": "Das Gremium „%s“ gehört nicht zur Netzwerküberprüfung %s.",
	"err.review_rating_range":           "Die Bewertung „%v“ ist ungültig; bitte bewerten Sie jeweils mit einer ganzen Zahl von 1 bis 5.",
	"err.review_not_member":             "Sie sind nicht als Mitglied des Gremiums „%s“ erfasst und können es daher nicht bewerten.",
	"err.review_consolidation":          "Die Fragen zur Verstetigung beantworten Sie mit ja, teilweise oder nein, z. B. mandat:ja ressourcen:teilweise entscheider:nein.",
	"err.review_consolidation_value":    "„%s“ ist keine Antwort auf eine Frage zur Verstetigung; möglich sind ja, teilweise und nein.",

	"field.review_status":     "Status",
	"field.review_opened":     "Gestartet",
	"field.review_closes":     "Antworten bis",
	"field.review_closed":     "Abgeschlossen",
	"field.review_period":     "Betrachteter Zeitraum",
	"field.review_invited":    "Eingeladene Mitglieder",
	"field.review_committees": "Gremien",
	"review.status.open":      "läuft",
	"review.status.closed":    "abgeschlossen",

	"review.started":       "Die Netzwerküberprüfung %s ist gestartet: %s, %s.",
	"review.notice_title":  "Netzwerküberprüfung %s gestartet",
	"review.button_status": "Stand anzeigen",
	"review.button_close":  "Jetzt abschließen",
	"review.button_rate":   "%s bewerten",

	"review.survey_title.invitation":   "Ihre Einschätzung zur Netzwerkarbeit",
	"review.survey_title.reminder1":    "Erinnerung: Ihre Einschätzung zur Netzwerkarbeit",
	"review.survey_title.reminder2":    "Letzte Erinnerung: Ihre Einschätzung zur Netzwerkarbeit",
	"review.survey_intro":              "Guten Tag, %s, bitte bewerten Sie bis %s die Zusammenarbeit in den folgenden Gremien.",
	"review.survey_form_title":         "Fragebogen: %s",
	"review.survey_form_how":           "So antworten Sie (Bewertungen in dieser Reihenfolge; die Fragen zur Verstetigung und änderung:\"Was sollte sich ändern?\" sind freiwillig): %s",
	"review.survey_form_consolidation": "Zur Verstetigung des Gremiums (jeweils ja, teilweise oder nein):",
	"review.answered":                  "Vielen Dank! Ihre Antwort zu „%s“ ist gespeichert. Bis %s können Sie sie noch ändern.",

	"review.answer_command":       "überprüfung antworten",
	"review.canvas_not_permitted": "Das Ergebnis der Netzwerküberprüfung wurde nicht in das Canvas des Kanals geschrieben: Der Arbeitsbereich hat dem Bot die Berechtigung %s nicht erteilt. Alles andere lief wie gewohnt. Erteilen Sie die Berechtigung in den App-Einstellungen (OAuth & Permissions) oder schalten Sie es mit „einstellungen kanvas aus“ ab. Dieser Hinweis kommt nur einmal.",

	"review.status_title":       "Laufende Netzwerküberprüfung %s",
	"review.history_title":      "Netzwerküberprüfungen",
	"review.history_empty":      "Es gab noch keine Netzwerküberprüfung.",
	"review.history_open":       "%s – %s – läuft",
	"review.history_no_ratings": "%s – %s – Rücklauf %s, keine Bewertungen",
	"review.history_line":       "%s – %s – Rücklauf %s, Gesamtbewertung %s %s",
	"review.show_title":         "Netzwerküberprüfung %s",
}

// reviewEN holds the English sentences of the network review.
var reviewEN = map[string]string{
	"usage.review_start":   "review start [committees:a,b] [window:14d] [channel:#…] – start a network review now (coordinators)",
	"usage.review_status":  "review status – the open network review and its response rate",
	"usage.review_history": "review history – past network reviews with response rate and trend",
	"usage.review_show":    "review show <id> – analysis and result of a network review (coordinators)",
	"usage.review_close":   "review close <id> – close a network review now (coordinators)",
	"usage.review_survey":  "review survey <id> <committee> – show the survey for a committee",
	"usage.review_answer":  "review answer <id> <committee> <rating 1–5 per dimension …> [mandate:yes|partly|no] [resources:…] [decision-makers:…] [change:\"…\"] – answer the survey",

	"err.reviews_unavailable":           "Network reviews are not set up in this installation.",
	"err.review_extra":                  "“%s” is not expected here; possible are committees:, window: and channel:.",
	"err.review_already_open":           "A network review is already open (%s). Please close it first.",
	"err.review_not_found":              "There is no network review with the id “%s”.",
	"err.review_none_open":              "No network review is open at the moment.",
	"err.review_closed":                 "The network review %s is closed; answers are no longer possible.",
	"err.review_id_missing":             "Please give the id of the network review.",
	"err.review_survey_args":            "Please give the id of the network review and the committee.",
	"err.review_committee_not_reviewed": "The committee “%s” is not part of the network review %s.",
	"err.review_rating_range":           "The rating “%v” is not valid; please rate each with a whole number from 1 to 5.",
	"err.review_not_member":             "You are not recorded as a member of the committee “%s”, so you cannot rate it.",
	"err.review_consolidation":          "Answer the consolidation questions with yes, partly or no, e.g. mandate:yes resources:partly decision-makers:no.",
	"err.review_consolidation_value":    "“%s” is no answer to a consolidation question; possible are yes, partly and no.",

	"field.review_status":     "Status",
	"field.review_opened":     "Started",
	"field.review_closes":     "Answers until",
	"field.review_closed":     "Closed",
	"field.review_period":     "Period reviewed",
	"field.review_invited":    "Members invited",
	"field.review_committees": "Committees",
	"review.status.open":      "open",
	"review.status.closed":    "closed",

	"review.started":       "The network review %s has started: %s, %s.",
	"review.notice_title":  "Network review %s started",
	"review.button_status": "Show status",
	"review.button_close":  "Close now",
	"review.button_rate":   "Rate %s",

	"review.survey_title.invitation":   "Your assessment of the network's work",
	"review.survey_title.reminder1":    "Reminder: your assessment of the network's work",
	"review.survey_title.reminder2":    "Last reminder: your assessment of the network's work",
	"review.survey_intro":              "Hello %s, please rate the collaboration in the following committees by %s.",
	"review.survey_form_title":         "Survey: %s",
	"review.survey_form_how":           "How to answer (ratings in this order; the consolidation questions and change:\"What should change?\" are optional): %s",
	"review.survey_form_consolidation": "On the consolidation of the committee (yes, partly or no each):",
	"review.answered":                  "Thank you! Your answer on “%s” is saved. You can still change it until %s.",

	"review.answer_command":       "review answer",
	"review.canvas_not_permitted": "The network review's summary was not written into the channel's canvas: the workspace has not granted the bot the scope %s. Everything else went as usual. Grant the scope in the app's settings (OAuth & Permissions) or turn it off with “settings canvas off”. You get this notice only once.",

	"review.status_title":       "Open network review %s",
	"review.history_title":      "Network reviews",
	"review.history_empty":      "There has been no network review yet.",
	"review.history_open":       "%s – %s – open",
	"review.history_no_ratings": "%s – %s – responses %s, no ratings",
	"review.history_line":       "%s – %s – responses %s, overall rating %s %s",
	"review.show_title":         "Network review %s",
}

// reviewPluralDE holds the German sentences of this feature that depend on a
// count.
var reviewPluralDE = map[string]i18n.Plural{
	"review.survey_form_intro": {Arg: 1, One: "Bitte bewerten Sie die folgende %d Dimension von 1 (trifft gar nicht zu) bis 5 (trifft voll zu):", Other: "Bitte bewerten Sie die folgenden %d Dimensionen jeweils von 1 (trifft gar nicht zu) bis 5 (trifft voll zu):"},
	"err.review_rating_count":  {Arg: 1, One: "Bitte geben Sie genau %d Bewertung an, eine je Dimension (angegeben: %d).", Other: "Bitte geben Sie genau %d Bewertungen an, eine je Dimension (angegeben: %d)."},
	"review.notice_intro":      {Arg: 1, One: "%d Mitglied wurde um seine Einschätzung gebeten; Antworten sind bis %s möglich.", Other: "%d Mitglieder wurden um ihre Einschätzung gebeten; Antworten sind bis %s möglich."},
	"review.count_committees":  {Arg: 1, One: "%d Gremium", Other: "%d Gremien"},
	"review.count_invited":     {Arg: 1, One: "%d eingeladenes Mitglied", Other: "%d eingeladene Mitglieder"},
}

// reviewPluralEN holds their English forms.
var reviewPluralEN = map[string]i18n.Plural{
	"review.survey_form_intro": {Arg: 1, One: "Please rate the following %d dimension from 1 (not at all) to 5 (fully):", Other: "Please rate the following %d dimensions, each from 1 (not at all) to 5 (fully):"},
	"err.review_rating_count":  {Arg: 1, One: "Please give exactly %d rating, one per dimension (given: %d).", Other: "Please give exactly %d ratings, one per dimension (given: %d)."},
	"review.notice_intro":      {Arg: 1, One: "%d member was asked for their assessment; answers are possible until %s.", Other: "%d members were asked for their assessment; answers are possible until %s."},
	"review.count_committees":  {Arg: 1, One: "%d committee", Other: "%d committees"},
	"review.count_invited":     {Arg: 1, One: "%d member invited", Other: "%d members invited"},
}
