package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() { i18n.Register(surveyDE, surveyEN) }

// surveyDE holds the German sentences of the survey form.
var surveyDE = map[string]string{
	"survey.intro":      "Bitte bewerten Sie die Zusammenarbeit im Gremium „%s“ in jeder Dimension von 1 bis 5. Das Ergebnis wird ohne Namen ausgewertet; bis %s können Sie Ihre Antwort noch ändern.",
	"survey.change":     "Was sollte sich ändern?",
	"survey.submit":     "Absenden",
	"survey.rating.1":   "trifft nicht zu",
	"survey.rating.2":   "trifft eher nicht zu",
	"survey.rating.3":   "teils, teils",
	"survey.rating.4":   "trifft eher zu",
	"survey.rating.5":   "trifft voll zu",
	"survey.err_rating": "Bitte wählen Sie eine Bewertung von 1 bis 5.",
}

// surveyEN holds the English sentences of the survey form.
var surveyEN = map[string]string{
	"survey.intro":      "Please rate the cooperation in the committee “%s” on each dimension from 1 to 5. Answers are evaluated without names; you can change yours until %s.",
	"survey.change":     "What should change?",
	"survey.submit":     "Submit",
	"survey.rating.1":   "not at all",
	"survey.rating.2":   "rather not",
	"survey.rating.3":   "partly",
	"survey.rating.4":   "largely",
	"survey.rating.5":   "fully",
	"survey.err_rating": "Please choose a rating from 1 to 5.",
}
