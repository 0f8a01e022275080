package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() { i18n.Register(surveyDE, surveyEN) }

// surveyDE holds the German sentences of the survey form.
var surveyDE = map[string]string{
	"survey.intro":                        "Bitte bewerten Sie die Zusammenarbeit im Gremium „%s“ in jeder Dimension von 1 bis 5; bis %s können Sie Ihre Antwort noch ändern.",
	"survey.consolidation":                "Verstetigung (freiwillig)",
	"survey.question.mandate":             "Ist das Gremium durch einen Auftrag verankert (etwa einen Beschluss oder ein Mandat der Verwaltungsspitze)?",
	"survey.question.resources":           "Hat das Gremium die nötigen Ressourcen (Zeit, Personal, Mittel)?",
	"survey.question.decision-makers":     "Wirken Personen mit Entscheidungsbefugnis verbindlich im Gremium mit?",
	"survey.answer.yes":                   "ja",
	"survey.answer.partly":                "teilweise",
	"survey.answer.no":                    "nein",
	"review.question_key.mandate":         "mandat",
	"review.question_key.resources":       "ressourcen",
	"review.question_key.decision-makers": "entscheider",
	"survey.change":                       "Was sollte sich ändern?",
	"survey.submit":                       "Absenden",
	"survey.rating.1":                     "trifft nicht zu",
	"survey.rating.2":                     "trifft eher nicht zu",
	"survey.rating.3":                     "teils, teils",
	"survey.rating.4":                     "trifft eher zu",
	"survey.rating.5":                     "trifft voll zu",
	"survey.err_rating":                   "Bitte wählen Sie eine Bewertung von 1 bis 5.",
}

// surveyEN holds the English sentences of the survey form.
var surveyEN = map[string]string{
	"survey.intro":                        "Please rate the cooperation in the committee “%s” on each dimension from 1 to 5; you can change your answer until %s.",
	"survey.consolidation":                "Consolidation (optional)",
	"survey.question.mandate":             "Is the committee anchored by a mandate (such as a council decision or a mandate from the head of administration)?",
	"survey.question.resources":           "Does the committee have the resources it needs (time, staff, funds)?",
	"survey.question.decision-makers":     "Do people with decision authority take part in the committee with commitment?",
	"survey.answer.yes":                   "yes",
	"survey.answer.partly":                "partly",
	"survey.answer.no":                    "no",
	"review.question_key.mandate":         "mandate",
	"review.question_key.resources":       "resources",
	"review.question_key.decision-makers": "decision-makers",
	"survey.change":                       "What should change?",
	"survey.submit":                       "Submit",
	"survey.rating.1":                     "not at all",
	"survey.rating.2":                     "rather not",
	"survey.rating.3":                     "partly",
	"survey.rating.4":                     "largely",
	"survey.rating.5":                     "fully",
	"survey.err_rating":                   "Please choose a rating from 1 to 5.",
}
