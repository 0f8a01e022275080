package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() { i18n.Register(helpDE, helpEN) }

// helpDE holds the German sentences of the help command.
var helpDE = map[string]string{
	"err.help_topic": "Zu „%s“ gibt es keine Hilfe. Mit „hilfe“ sehen Sie alle Befehle.",

	"help.title":        "netzwerkbot – Befehle",
	"help.intro":        "netzwerkbot führt das Akteursregister Ihres Bildungsnetzwerks und begleitet die regelmäßige Netzwerküberprüfung. Befehle können auf Deutsch oder Englisch eingegeben werden.",
	"help.footer":       "Namen mit Leerzeichen setzen Sie in Anführungszeichen. Datumsangaben: 15.01.2027, 2027-01-15 oder Wendungen wie „morgen“, „nächsten Freitag“, „in 2 Wochen“, „Ende März“ und „KW 12“.",
	"help.console_exit": "Die Konsole verlassen Sie mit „beenden“ oder „exit“.",

	"usage.help": "hilfe [befehl] – diese Übersicht",
}

// helpEN holds the English sentences of the help command.
var helpEN = map[string]string{
	"err.help_topic": "There is no help on “%s”. Type “help” to see all commands.",

	"help.title":        "netzwerkbot – commands",
	"help.intro":        "netzwerkbot keeps the stakeholder register of your education network and runs its regular network review. Commands can be typed in English or German.",
	"help.footer":       "Put names with spaces in quotes. Dates: 2027-01-15, 15.01.2027 or phrases such as “tomorrow”, “next Friday”, “in 2 weeks”, “end of March” and “week 12”.",
	"help.console_exit": "Leave the console with “exit” or “beenden”.",

	"usage.help": "help [command] – this overview",
}
