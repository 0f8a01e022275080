package slackapp_test

import (
	"context"
	"strings"
	"testing"
)

// A member may link a proposal only to their own Slack account; a link to
// someone else's waits for a coordinator's confirmation, and an account
// already linked to an active stakeholder is refused, naming it. So no
// member can break another person's "zusage ich".
func TestMemberCannotLinkSomeoneElsesAccount(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		const other, third = "UOTHER01", "UTHIRD01"
		ctx := context.Background()
		linked := func(user string) []string {
			list, err := e.store.Team(team).StakeholdersBySlackUser(ctx, user)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, s := range list {
				names = append(names, s.Name)
			}
			return names
		}
		e.do(t, admin, `stakeholder add "Otto Normal" user:<@`+other+`>`)

		refused := texts(e.do(t, member, `stakeholder add "Falscher Otto" user:<@`+other+`>`).Blocks)
		if !strings.Contains(refused, "bereits mit dem Akteur „Otto Normal“") {
			t.Errorf("linking a taken account: %s", refused)
		}
		if got := linked(other); len(got) != 1 || got[0] != "Otto Normal" {
			t.Errorf("%s is linked to %v, want only Otto Normal", other, got)
		}
		if reply := texts(e.do(t, other, `commit ich "Bericht schreiben" due:2031-03-01`).Blocks); !strings.Contains(reply, "Otto Normal") {
			t.Errorf("zusage ich of the account's owner: %s", reply)
		}

		proposed := texts(e.do(t, member, `stakeholder add "Tina Dritte" user:<@`+third+`>`).Blocks)
		if !strings.Contains(proposed, "sobald die koordinierende Stelle den Akteur bestätigt") {
			t.Errorf("proposal with someone else's account: %s", proposed)
		}
		if got := linked(third); len(got) != 0 {
			t.Errorf("a member's proposal linked %s at once: %v", third, got)
		}
		e.do(t, member, `stakeholder add "Max Mitglied" user:<@`+member+`>`)
		if got := linked(member); len(got) != 1 {
			t.Errorf("a member's own account: linked to %v, want Max Mitglied", got)
		}

		if reply := texts(e.do(t, admin, `stakeholder confirm "Tina Dritte"`).Blocks); !strings.Contains(reply, "bestätigt") {
			t.Errorf("confirm: %s", reply)
		}
		if got := linked(third); len(got) != 1 || got[0] != "Tina Dritte" {
			t.Errorf("after the confirmation %s is linked to %v, want Tina Dritte", third, got)
		}
		refused = texts(e.do(t, admin, `stakeholder edit "Max Mitglied" user:<@`+other+`>`).Blocks)
		if !strings.Contains(refused, "„Otto Normal“") || len(linked(other)) != 1 {
			t.Errorf("a coordinator linking a taken account: %s", refused)
		}
	})
}
