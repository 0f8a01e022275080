package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() { i18n.Register(roleDE, roleEN) }

// roleDE holds the German sentences of roles: their names, the role
// commands and the refusals for a missing role.
var roleDE = map[string]string{
	"role.admin":       "Administrator/in",
	"role.coordinator": "Koordinierende Stelle",
	"role.member":      "Mitglied",

	"err.needs_role": "Dazu fehlt Ihnen die Berechtigung: Diese Aktion erfordert die Rolle „%s“. Es wurde nichts geändert.",

	"usage.roles":           "rollen – vergebene Rollen und die Administrator/innen laut Konfiguration",
	"usage.role_grant":      "rolle vergeben @Person admin|koordination – Rolle vergeben (Administrator/in)",
	"usage.role_revoke":     "rolle entziehen @Person [Rolle] – Rolle entziehen; die Person wird Mitglied (Administrator/in)",
	"err.no_arguments":      "Dieser Befehl erwartet keine weiteren Angaben (überzählig: „%s“).",
	"err.role_user_missing": "Bitte geben Sie die Person mit @ an, z. B. „rolle vergeben @U012ABC koordination“.",
	"err.role_missing":      "Bitte geben Sie die Rolle an: admin oder koordination.",
	"err.bad_role":          "Die Rolle „%s“ gibt es nicht; möglich sind admin, koordination und mitglied.",
	"err.role_grant_member": "Mitglied ist jede Person ohne vergebene Rolle; um %s zum Mitglied zu machen, entziehen Sie die Rolle mit „rolle entziehen“.",
	"err.role_config_admin": "%s ist in der Konfiguration (BOT_ADMINS) als Administrator/in eingetragen; diese Rolle lässt sich nicht per Befehl ändern.",
	"err.role_not_held":     "%s hat nicht die Rolle „%s“, sondern „%s“; es wurde nichts geändert.",
	"err.role_last_admin":   "%s ist die letzte Person mit der Rolle „Administrator/in“; vergeben Sie die Rolle zuerst an eine weitere Person, damit weiterhin jemand Rollen und Einstellungen verwalten kann.",
	"roles.title":           "Rollen",
	"roles.line":            "%s – %s (vergeben von %s am %s)",
	"roles.config_line":     "%s – %s (laut Konfiguration BOT_ADMINS, nicht per Befehl änderbar)",
	"roles.note":            "Alle anderen sind Mitglieder.",
	"roles.none":            "Es sind keine Rollen vergeben und keine Administrator/innen konfiguriert; alle sind Mitglieder. Legen Sie Administrator/innen über BOT_ADMINS fest.",
	"roles.granted":         "%s hat jetzt die Rolle „%s“.",
	"roles.revoked":         "%s hat die Rolle „%s“ nicht mehr und ist jetzt Mitglied.",
	"roles.unchanged":       "%s hat bereits die Rolle „%s“; es wurde nichts geändert.",
	"roles.already_member":  "%s hat keine vergebene Rolle und ist bereits Mitglied; es wurde nichts geändert.",
	"field.access_role":     "Rolle",
}

// roleEN holds the English sentences of roles: their names, the role
// commands and the refusals for a missing role.
var roleEN = map[string]string{
	"role.admin":       "admin",
	"role.coordinator": "coordinator",
	"role.member":      "member",

	"err.needs_role": "You are not allowed to do that: this action needs the role “%s”. Nothing was changed.",

	"usage.roles":           "roles – granted roles and the admins from configuration",
	"usage.role_grant":      "role grant @person admin|coordinator – grant a role (admins)",
	"usage.role_revoke":     "role revoke @person [role] – revoke a role; the person becomes a member (admins)",
	"err.no_arguments":      "This command takes no further input (not needed: “%s”).",
	"err.role_user_missing": "Please name the person with @, e.g. “role grant @U012ABC coordinator”.",
	"err.role_missing":      "Please name the role: admin or coordinator.",
	"err.bad_role":          "There is no role “%s”; possible are admin, coordinator and member.",
	"err.role_grant_member": "Everyone without a granted role is a member; to make %s a member, revoke their role with “role revoke”.",
	"err.role_config_admin": "%s is an admin by configuration (BOT_ADMINS); this role cannot be changed by command.",
	"err.role_not_held":     "%s does not have the role “%s” but “%s”; nothing was changed.",
	"err.role_last_admin":   "%s is the last person with the role “admin”; grant the role to someone else first, so that someone can still manage roles and settings.",
	"roles.title":           "Roles",
	"roles.line":            "%s – %s (granted by %s on %s)",
	"roles.config_line":     "%s – %s (by configuration BOT_ADMINS, cannot be changed by command)",
	"roles.note":            "Everyone else is a member.",
	"roles.none":            "No roles are granted and no admins are configured; everyone is a member. Set admins with BOT_ADMINS.",
	"roles.granted":         "%s now has the role “%s”.",
	"roles.revoked":         "%s no longer has the role “%s” and is now a member.",
	"roles.unchanged":       "%s already has the role “%s”; nothing was changed.",
	"roles.already_member":  "%s has no granted role and already is a member; nothing was changed.",
	"field.access_role":     "Role",
}
