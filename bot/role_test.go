package bot_test

import (
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

func TestRoleGrantTakesEffectAndIsAudited(t *testing.T) {
	h, _ := newClockHarness(t, admin)
	h.do(admin, `stakeholder add "Eva Muster"`)
	h.refused(eva, "stakeholder edit Eva Muster org:VHS", "erfordert die Rolle „Koordinierende Stelle“")

	h.expect(admin, "role grant <@U0EVA|eva> coordinator", "@U0EVA hat jetzt die Rolle „Koordinierende Stelle“.")
	if r := h.role(eva); r != storage.RoleCoordinator {
		t.Fatalf("stored role %v", r)
	}
	entries := h.auditOf("user", eva)
	if len(entries) != 1 || entries[0].Action != "role.grant" || entries[0].Actor != admin ||
		entries[0].Changes[0] != (storage.Change{Field: "access_role", Before: "member", After: "coordinator"}) {
		t.Fatalf("audit: %+v", entries)
	}
	h.expect(eva, "stakeholder edit Eva Muster org:VHS", "Organisation: – → VHS")

	h.expect(admin, "rolle vergeben @U0EVA koordinatorin", "@U0EVA hat bereits die Rolle „Koordinierende Stelle“; es wurde nichts geändert.")
	if n := len(h.auditOf("user", eva)); n != 1 {
		t.Fatalf("an unchanged grant was audited: %d entries", n)
	}
	h.expect(admin, "rolle zuweisen @U0EVA Administratorin", "@U0EVA hat jetzt die Rolle „Administrator/in“.")
	h.expect(eva, "rolle vergeben @U0COORD Koordinierende Stelle", "@U0COORD hat jetzt die Rolle „Koordinierende Stelle“.")

	h.expect(admin, "rollen", "== Rollen ==",
		"@UADMIN – Administrator/in (laut Konfiguration BOT_ADMINS, nicht per Befehl änderbar)",
		"@U0EVA – Administrator/in (vergeben von @UADMIN am 15.01.2027 10:30)",
		"@U0COORD – Koordinierende Stelle (vergeben von @U0EVA am 15.01.2027 10:30)",
		"Alle anderen sind Mitglieder.")
	h.expect(member, "roles", "@U0COORD – Koordinierende Stelle")

	h.expect(admin, "rolle entziehen @U0COORD koordination", "@U0COORD hat die Rolle „Koordinierende Stelle“ nicht mehr und ist jetzt Mitglied.")
	h.expect(admin, "role revoke @U0EVA", "@U0EVA hat die Rolle „Administrator/in“ nicht mehr")
	if h.role(eva) != storage.RoleMember || h.role(coord) != storage.RoleMember {
		t.Fatal("revoked roles are still stored")
	}
	if e := h.auditOf("user", coord); len(e) != 2 || e[1].Action != "role.revoke" || e[1].Changes[0].After != "member" {
		t.Fatalf("revoke audit: %+v", e)
	}
	h.refused(eva, "stakeholder edit Eva Muster org:X", "erfordert die Rolle „Koordinierende Stelle“")
	h.expect(admin, "role revoke @U0EVA", "@U0EVA hat keine vergebene Rolle und ist bereits Mitglied")
}

func TestRoleRefusals(t *testing.T) {
	h, _ := newClockHarness(t, admin)
	h.grant(coord, storage.RoleCoordinator)
	cases := []struct{ user, line, want string }{
		{coord, "role grant @U0EVA admin", "erfordert die Rolle „Administrator/in“"},
		{member, "rolle entziehen @U0COORD", "erfordert die Rolle „Administrator/in“"},
		{admin, "role grant @U0EVA chief", "Die Rolle „chief“ gibt es nicht"},
		{admin, "role grant @U0EVA", "Bitte geben Sie die Rolle an"},
		{admin, "role grant", "Bitte geben Sie die Person mit @ an"},
		{admin, "role grant @eva coordinator", "lässt sich keiner Slack-Person zuordnen"},
		{admin, "role grant @U0EVA mitglied", "entziehen Sie die Rolle mit „rolle entziehen“"},
		{admin, "role grant @U0EVA admin extra:1", "Das Feld „extra“ gibt es hier nicht"},
		{admin, "role revoke @UADMIN admin", "@UADMIN ist in der Konfiguration (BOT_ADMINS) als Administrator/in eingetragen"},
		{admin, "role grant @UADMIN coordinator", "diese Rolle lässt sich nicht per Befehl ändern"},
		{admin, "role revoke @U0COORD admin", "@U0COORD hat nicht die Rolle „Administrator/in“, sondern „Koordinierende Stelle“"},
		{admin, "role revoke @U0COORD boss", "Die Rolle „boss“ gibt es nicht"},
		{admin, "roles everyone", "Dieser Befehl erwartet keine weiteren Angaben"},
		{admin, "role", "Möglich sind: entziehen, vergeben"},
	}
	for _, c := range cases {
		h.refusedAdmin(c.user, c.line, c.want)
	}
	if h.role(coord) != storage.RoleCoordinator || h.role(eva) != storage.RoleMember {
		t.Fatal("a refusal changed a role")
	}
}

// Without BOT_ADMINS the last stored admin cannot give up the role, so the
// workspace always keeps someone who can manage roles and settings.
func TestLastAdminKeepsRole(t *testing.T) {
	h, _ := newClockHarness(t)
	const boss, other = "UBOSS", "UOTHER"
	h.grant(boss, storage.RoleAdmin)
	h.expect(boss, "roles", "@UBOSS – Administrator/in (vergeben von @USEED")
	h.refusedAdmin(boss, "role revoke @UBOSS admin", "@UBOSS ist die letzte Person mit der Rolle „Administrator/in“")
	h.refusedAdmin(boss, "role grant @UBOSS coordinator", "vergeben Sie die Rolle zuerst an eine weitere Person")

	h.expect(boss, "role grant @UOTHER admin", "@UOTHER hat jetzt die Rolle „Administrator/in“.")
	h.expect(boss, "role revoke @UBOSS", "@UBOSS hat die Rolle „Administrator/in“ nicht mehr")
	h.refusedAdmin(other, "role revoke @UOTHER", "@UOTHER ist die letzte Person mit der Rolle")
	if h.role(other) != storage.RoleAdmin || h.role(boss) != storage.RoleMember {
		t.Fatalf("roles: boss %v, other %v", h.role(boss), h.role(other))
	}
}

func TestRolesWithoutAnyAdmin(t *testing.T) {
	h, _ := newClockHarness(t)
	h.expect(member, "rollen", "Es sind keine Rollen vergeben und keine Administrator/innen konfiguriert")
}
