package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() {
	i18n.Register(committeeDE, committeeEN)
	i18n.RegisterPlural(committeePluralDE, committeePluralEN)
}

// committeeDE holds the German sentences of committees and memberships.
var committeeDE = map[string]string{
	"usage.committee_add":            "gremium neu <Name> art:lenkungsgruppe|strategiegruppe|arbeitsgruppe|bestandsgremium zweck:vernetzung|kooperation [aufgaben:…] [kanal:#…] [rhythmus:…] – Gremium anlegen (koordinierende Stelle)",
	"usage.committee_list":           "gremium liste [status:archiviert] [art:…] [zweck:…] [seite:N] – alle Gremien mit ihrer Mitgliederzahl",
	"usage.committee_show":           "gremium zeige <Gremium> – ein Gremium mit seinen Mitgliedern anzeigen",
	"usage.committee_edit":           "gremium ändern <Gremium> feld:wert … – Angaben ändern, „-“ leert ein Feld (koordinierende Stelle)",
	"usage.committee_archive":        "gremium archivieren <Gremium> – Gremium archivieren; Mitglieder und Sitzungen bleiben erhalten (koordinierende Stelle)",
	"usage.committee_members_add":    "gremium mitglieder hinzufügen <Gremium> <Akteur> … – Akteure aufnehmen: Kurz-ID, \"Name\" oder @Person (koordinierende Stelle)",
	"usage.committee_members_remove": "gremium mitglieder entfernen <Gremium> <Akteur> … – Akteure austragen (koordinierende Stelle)",

	"committee.field.name":    "Name",
	"committee.field.kind":    "Art",
	"committee.field.purpose": "Zweck",
	"committee.field.tasks":   "Aufgaben",
	"committee.field.rhythm":  "Sitzungsrhythmus",
	"committee.field.channel": "Slack-Kanal",

	"committee.kind.steering": "Lenkungsgruppe",
	"committee.kind.strategy": "Strategiegruppe",
	"committee.kind.working":  "Arbeitsgruppe",
	"committee.kind.existing": "Bestandsgremium",

	"committee.purpose.networking":  "Vernetzung",
	"committee.purpose.cooperation": "Kooperation",

	"committee.status.active":   "aktiv",
	"committee.status.archived": "archiviert",

	"err.committee_kind_missing":    "Bitte geben Sie die Art des Gremiums an, z. B. art:arbeitsgruppe. Möglich sind: %s.",
	"err.committee_purpose_missing": "Bitte geben Sie den Zweck des Gremiums an, z. B. zweck:kooperation. Möglich sind: %s.",
	"err.committee_exists":          "Es gibt bereits ein Gremium „%s“. Bitte wählen Sie einen anderen Namen.",
	"err.committee_exists_archived": "Es gibt bereits ein archiviertes Gremium „%s“. Bitte wählen Sie einen anderen Namen.",
	"err.committee_edit_nothing":    "Bitte geben Sie an, was geändert werden soll, z. B. rhythmus:monatlich. Möglich sind: %s.",
	"err.committee_archived":        "Das Gremium „%s“ ist archiviert und kann nicht mehr geändert werden. Es wurde nichts geändert.",
	"err.bad_channel":               "„%s“ ist kein Slack-Kanal. Bitte wählen Sie den Kanal mit # aus der Vorschlagsliste aus oder schreiben Sie #kanalname.",
	"err.member_refs_missing":       "Bitte nennen Sie nach dem Gremium mindestens einen Akteur (Kurz-ID, Name in Anführungszeichen oder @Person).",
	"err.member_archived":           "Akteur „%s“ ist archiviert und kann keinem Gremium hinzugefügt werden. Es wurde nichts geändert.",

	"committee.added":             "Das Gremium „%s“ (%s, %s) wurde angelegt (Kurz-ID %s).",
	"committee.added_hint":        "Mitglieder nehmen Sie mit „gremium mitglieder hinzufügen %s <Akteur> …“ auf.",
	"committee.none_matching":     "Kein Gremium passt zu dieser Auswahl.",
	"committee.none_active":       "Es sind noch keine Gremien angelegt. Mit „gremium neu <Name> art:… zweck:…“ legen Sie das erste an.",
	"committee.none_archived":     "Es gibt keine archivierten Gremien.",
	"committee.member_count":      "Mitglieder: %d",
	"committee.no_members":        "Das Gremium hat noch keine Mitglieder. Mit „gremium mitglieder hinzufügen %s <Akteur> …“ nehmen Sie Akteure auf.",
	"committee.archived_members":  "Archivierte Akteure, die weiterhin als Mitglied eingetragen sind, werden nicht aufgeführt und nicht mitgezählt: %d.",
	"committee.unchanged":         "Am Gremium „%s“ hat sich nichts geändert.",
	"committee.changed_meanwhile": "Das Gremium „%s“ wurde inzwischen von %s geändert; es wurde nichts geändert. So ist es jetzt erfasst:",
	"committee.edited":            "Das Gremium „%s“ wurde geändert:",
	"committee.archived":          "Das Gremium „%s“ wurde archiviert. Mitglieder und Sitzungen bleiben erhalten; Sie finden es mit „gremium liste status:archiviert“.",
	"committee.already_archived":  "Das Gremium „%s“ ist bereits archiviert. Es wurde nichts geändert.",

	"committee.members_added":       "Neu im Gremium „%s“: %s.",
	"committee.members_already":     "Bereits Mitglied im Gremium „%s“: %s.",
	"committee.members_removed":     "Aus dem Gremium „%s“ ausgetragen: %s.",
	"committee.members_not_members": "Kein Mitglied im Gremium „%s“: %s.",

	"err.committee_ref_missing": "Bitte geben Sie an, welches Gremium Sie meinen (Kurz-ID oder Name).",
	"err.committee_not_found":   "Es gibt kein Gremium „%s“. Mit „gremium liste“ sehen Sie alle Gremien.",
}

// committeeEN holds the English sentences of committees and memberships.
var committeeEN = map[string]string{
	"usage.committee_add":            "committee add <name> kind:steering|strategy|working|existing purpose:networking|cooperation [tasks:…] [channel:#…] [rhythm:…] – create a committee (coordinators)",
	"usage.committee_list":           "committee list [status:archived] [kind:…] [purpose:…] [page:N] – all committees with their number of members",
	"usage.committee_show":           "committee show <committee> – show a committee with its members",
	"usage.committee_edit":           "committee edit <committee> field:value … – change details, “-” empties a field (coordinators)",
	"usage.committee_archive":        "committee archive <committee> – archive a committee; members and meetings are kept (coordinators)",
	"usage.committee_members_add":    "committee members add <committee> <stakeholder> … – add members: short id, \"name\" or @person (coordinators)",
	"usage.committee_members_remove": "committee members remove <committee> <stakeholder> … – remove members (coordinators)",

	"committee.field.name":    "Name",
	"committee.field.kind":    "Kind",
	"committee.field.purpose": "Purpose",
	"committee.field.tasks":   "Tasks",
	"committee.field.rhythm":  "Meeting rhythm",
	"committee.field.channel": "Slack channel",

	"committee.kind.steering": "steering group",
	"committee.kind.strategy": "strategy group",
	"committee.kind.working":  "working group",
	"committee.kind.existing": "existing body",

	"committee.purpose.networking":  "networking",
	"committee.purpose.cooperation": "cooperation",

	"committee.status.active":   "active",
	"committee.status.archived": "archived",

	"err.committee_kind_missing":    "Please give the kind of committee, e.g. kind:working. Possible: %s.",
	"err.committee_purpose_missing": "Please give the committee's purpose, e.g. purpose:cooperation. Possible: %s.",
	"err.committee_exists":          "There already is a committee “%s”. Please choose another name.",
	"err.committee_exists_archived": "There already is an archived committee “%s”. Please choose another name.",
	"err.committee_edit_nothing":    "Please say what to change, e.g. rhythm:monthly. Possible: %s.",
	"err.committee_archived":        "The committee “%s” is archived and can no longer be changed. Nothing was changed.",
	"err.bad_channel":               "“%s” is not a Slack channel. Please pick the channel with # from the suggestions or write #channel-name.",
	"err.member_refs_missing":       "Please name at least one stakeholder after the committee (short id, name in quotes or @person).",
	"err.member_archived":           "Stakeholder “%s” is archived and cannot be added to a committee. Nothing was changed.",

	"committee.added":             "The committee “%s” (%s, %s) was created (short id %s).",
	"committee.added_hint":        "Add members with “committee members add %s <stakeholder> …”.",
	"committee.none_matching":     "No committee matches this selection.",
	"committee.none_active":       "No committees yet. Create the first with “committee add <name> kind:… purpose:…”.",
	"committee.none_archived":     "There are no archived committees.",
	"committee.member_count":      "members: %d",
	"committee.no_members":        "The committee has no members yet. Add stakeholders with “committee members add %s <stakeholder> …”.",
	"committee.archived_members":  "Archived stakeholders still entered as members are neither listed nor counted: %d.",
	"committee.unchanged":         "Nothing changed for the committee “%s”.",
	"committee.changed_meanwhile": "The committee “%s” was changed meanwhile by %s; nothing was changed. This is how it is recorded now:",
	"committee.edited":            "The committee “%s” was changed:",
	"committee.archived":          "The committee “%s” was archived. Members and meetings are kept; find it with “committee list status:archived”.",
	"committee.already_archived":  "The committee “%s” is already archived. Nothing was changed.",

	"committee.members_added":       "New in the committee “%s”: %s.",
	"committee.members_already":     "Already members of the committee “%s”: %s.",
	"committee.members_removed":     "Removed from the committee “%s”: %s.",
	"committee.members_not_members": "Not members of the committee “%s”: %s.",

	"err.committee_ref_missing": "Please say which committee you mean (short id or name).",
	"err.committee_not_found":   "There is no committee “%s”. Type “committee list” to see them all.",
}

// committeePluralDE holds the German sentences of this feature that depend on a
// count.
var committeePluralDE = map[string]i18n.Plural{
	"committee.list_title_active":   {Arg: 1, One: "%d Gremium", Other: "%d Gremien"},
	"committee.list_title_archived": {Arg: 1, One: "%d archiviertes Gremium", Other: "%d archivierte Gremien"},
	"committee.members_title":       {Arg: 1, One: "%d Mitglied:", Other: "%d Mitglieder:"},
	"committee.member_stats":        {Arg: 2, One: "Mit Entscheidungsbefugnis: %d von %d Mitglied · Multiplikator/innen: %d", Other: "Mit Entscheidungsbefugnis: %d von %d Mitgliedern · Multiplikator/innen: %d"},
}

// committeePluralEN holds their English forms.
var committeePluralEN = map[string]i18n.Plural{
	"committee.list_title_active":   {Arg: 1, One: "%d committee", Other: "%d committees"},
	"committee.list_title_archived": {Arg: 1, One: "%d archived committee", Other: "%d archived committees"},
	"committee.members_title":       {Arg: 1, One: "%d member:", Other: "%d members:"},
	"committee.member_stats":        {Arg: 2, One: "With decision authority: %d of %d member · multipliers: %d", Other: "With decision authority: %d of %d members · multipliers: %d"},
}
