package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() {
	i18n.Register(coreDE, coreEN)
	i18n.RegisterPlural(corePluralDE, corePluralEN)
}

// coreDE holds the German sentences of the command core that every feature
// shares: the error kinds, mistakes in a command line and its arguments, and
// paging. German is the default language; the register is formal ("Sie").
var coreDE = map[string]string{
	"err.internal":                "Es ist ein interner Fehler aufgetreten. Bitte versuchen Sie es erneut; die Einzelheiten stehen im Protokoll.",
	"err.unavailable":             "Die Datenbank ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.",
	"err.not_found":               "Der gesuchte Eintrag wurde nicht gefunden.",
	"err.conflict":                "Der Eintrag existiert bereits.",
	"err.invalid":                 "Die Eingabe ist ungültig.",
	"err.forbidden":               "Dazu fehlt Ihnen die Berechtigung.",
	"err.unclosed_quote":          "Ein Anführungszeichen wurde nicht geschlossen. Bitte setzen Sie Namen mit Leerzeichen vollständig in Anführungszeichen, z. B. \"Eva Muster\".",
	"err.unknown_command":         "Den Befehl „%s“ kenne ich nicht. Mit „hilfe“ sehen Sie alle Befehle.",
	"err.unknown_command_suggest": "Den Befehl „%s“ kenne ich nicht. Meinten Sie „%s“? Mit „hilfe“ sehen Sie alle Befehle.",
	"err.unknown_subcommand":      "Zu „%s“ fehlt die Angabe, was geschehen soll. Möglich sind: %s.",
	"err.unknown_field":           "Das Feld „%s“ gibt es hier nicht. Möglich sind: %s.",
	"err.duplicate_field":         "Das Feld „%s“ ist mehrfach angegeben. Bitte nennen Sie jedes Feld nur einmal.",
	"err.name_missing":            "Bitte geben Sie einen Namen an.",
	"err.bad_bool":                "Für „%s“ ist „%s“ nicht zulässig. Bitte geben Sie „ja“ oder „nein“ an.",
	"err.bad_enum":                "Für „%s“ ist „%s“ nicht zulässig. Möglich sind: %s.",
	"err.bad_date":                "Für „%s“ ist „%s“ kein gültiges Datum. Bitte schreiben Sie es z. B. als 15.01.2027, „morgen“, „nächsten Freitag“, „in 2 Wochen“, „Ende März“ oder „KW 12“.",
	"err.date_ambiguous":          "Für „%s“ ist „%s“ nicht eindeutig: %s oder %s? Bitte schreiben Sie das gemeinte Datum aus, z. B. %s.",
	"err.date_past_phrase":        "Für „%s“ weist „%s“ in die Vergangenheit (%s). Wenn das gemeint ist, schreiben Sie bitte das Datum aus: %s.",
	"err.date_too_early":          "Für „%s“ liegt „%s“ (%s) vor dem Jahr 2000. Bitte prüfen Sie das Datum.",
	"err.date_too_late":           "Für „%s“ liegt „%s“ (%s) mehr als zehn Jahre in der Zukunft. Bitte prüfen Sie das Datum.",
	"err.user_unresolved":         "„%s“ lässt sich keiner Slack-Person zuordnen. Bitte wählen Sie die Person mit @ aus der Vorschlagsliste aus (in der Konsole: die Slack-ID, z. B. @U012ABC).",
	"err.bad_page":                "„%s“ ist keine gültige Seitenzahl.",
	"err.quote_misplaced":         "„%s“: Anführungszeichen stehen am Anfang und am Ende eines Eintrags. Bitte trennen Sie mehrere Einträge mit Kommas, z. B. themen:\"Frühe Bildung\",Sprache.",
	"err.control_char":            "Die Eingabe enthält ein Steuerzeichen (%s), das nicht gespeichert werden kann. Bitte entfernen Sie es und senden Sie den Befehl erneut.",

	// list.page: page, pages and the next page as typed (a string, never
	// grouped as 1.234).
	"list.page":       "Seite %d von %d – weiter mit „seite:%s“",
	"list.page_last":  "Seite %d von %d",
	"err.page_beyond": "Die Liste endet mit Seite %s; eine Seite %s gibt es nicht.",
}

// coreEN holds the English sentences of the command core.
var coreEN = map[string]string{
	"err.internal":                "An internal error occurred. Please try again; the details are in the log.",
	"err.unavailable":             "The database cannot be reached right now. Please try again in a few minutes.",
	"err.not_found":               "The entry was not found.",
	"err.conflict":                "The entry already exists.",
	"err.invalid":                 "The input is not valid.",
	"err.forbidden":               "You are not allowed to do that.",
	"err.unclosed_quote":          "A quote was not closed. Please put names with spaces in quotes, e.g. \"Eva Muster\".",
	"err.unknown_command":         "I don't know the command “%s”. Type “help” to see all commands.",
	"err.unknown_command_suggest": "I don't know the command “%s”. Did you mean “%s”? Type “help” to see all commands.",
	"err.unknown_subcommand":      "“%s” needs to be followed by what to do. Possible: %s.",
	"err.unknown_field":           "There is no field “%s” here. Possible: %s.",
	"err.duplicate_field":         "The field “%s” is given more than once. Please name each field once.",
	"err.name_missing":            "Please give a name.",
	"err.bad_bool":                "“%[2]s” is not allowed for “%[1]s”. Please answer “yes” or “no”.",
	"err.bad_enum":                "“%[2]s” is not allowed for “%[1]s”. Possible: %[3]s.",
	"err.bad_date":                "“%[2]s” is not a valid date for “%[1]s”. Please write it e.g. as 2027-01-15, “tomorrow”, “next Friday”, “in 2 weeks”, “end of March” or “week 12”.",
	"err.date_ambiguous":          "“%[2]s” is ambiguous for “%[1]s”: %[3]s or %[4]s? Please write out the date meant, e.g. %[5]s.",
	"err.date_past_phrase":        "“%[2]s” points to the past for “%[1]s” (%[3]s). If that is meant, please write the date out: %[4]s.",
	"err.date_too_early":          "“%[2]s” (%[3]s) for “%[1]s” is before the year 2000. Please check the date.",
	"err.date_too_late":           "“%[2]s” (%[3]s) for “%[1]s” is more than ten years ahead. Please check the date.",
	"err.user_unresolved":         "“%s” cannot be matched to a Slack user. Please pick the person with @ from the suggestions (in the console: the Slack id, e.g. @U012ABC).",
	"err.bad_page":                "“%s” is not a valid page number.",
	"err.quote_misplaced":         "“%s”: quotes go at the start and the end of an entry. Please separate several entries with commas, e.g. topics:\"Early education\",Language.",
	"err.control_char":            "The input contains a control character (%s) that cannot be stored. Please remove it and send the command again.",

	"list.page":       "Page %d of %d – continue with “page:%s”",
	"list.page_last":  "Page %d of %d",
	"err.page_beyond": "The list ends with page %s; there is no page %s.",
}

// corePluralDE holds the German words for counted units that every feature
// shares: the parts of a duration.
var corePluralDE = map[string]i18n.Plural{
	"err.name_too_long": {Arg: 1, One: "Der Name ist zu lang: höchstens %d Zeichen ist möglich.", Other: "Der Name ist zu lang: höchstens %d Zeichen sind möglich."},
	"err.text_too_long": {Arg: 2, One: "Der Text für „%s“ ist zu lang: höchstens %d Zeichen ist möglich.", Other: "Der Text für „%s“ ist zu lang: höchstens %d Zeichen sind möglich."},
	"duration.days":     {Arg: 1, One: "%d Tag", Other: "%d Tage"},
	"duration.hours":    {Arg: 1, One: "%d Stunde", Other: "%d Stunden"},
	"duration.minutes":  {Arg: 1, One: "%d Minute", Other: "%d Minuten"},
}

// corePluralEN holds their English forms.
var corePluralEN = map[string]i18n.Plural{
	"err.name_too_long": {Arg: 1, One: "The name is too long: at most %d character is allowed.", Other: "The name is too long: at most %d characters are allowed."},
	"err.text_too_long": {Arg: 2, One: "The text for “%s” is too long: at most %d character is allowed.", Other: "The text for “%s” is too long: at most %d characters are allowed."},
	"duration.days":     {Arg: 1, One: "%d day", Other: "%d days"},
	"duration.hours":    {Arg: 1, One: "%d hour", Other: "%d hours"},
	"duration.minutes":  {Arg: 1, One: "%d minute", Other: "%d minutes"},
}
