package slackapp

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// yamlLists walks a simple YAML file and returns the scalar items of every
// list and the scalar values, both keyed by their dotted path. It knows
// just enough YAML for the manifest: nested maps, lists of scalars and of
// maps, comments.
func yamlLists(text string) (lists map[string][]string, values map[string]string) {
	lists, values = map[string][]string{}, map[string]string{}
	var stack []yamlLevel
	for _, raw := range strings.Split(text, "\n") {
		line := strings.TrimRight(raw, " ")
		trimmed := strings.TrimLeft(line, " ")
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		indent := len(line) - len(trimmed)
		item := strings.HasPrefix(trimmed, "- ")
		for len(stack) > 0 {
			top := stack[len(stack)-1]
			if top.indent > indent || top.indent == indent && (top.key != "[]" || item) {
				stack = stack[:len(stack)-1]
				continue
			}
			break
		}
		if item {
			trimmed = strings.TrimPrefix(trimmed, "- ")
			if !strings.Contains(trimmed, ": ") {
				lists[pathOf(stack)] = append(lists[pathOf(stack)], strings.Trim(trimmed, `"`))
				continue
			}
			stack = append(stack, yamlLevel{indent, "[]"})
			indent += 2
		}
		key, val, _ := strings.Cut(trimmed, ":")
		val = strings.Trim(strings.TrimSpace(val), `"`)
		if val == "" {
			stack = append(stack, yamlLevel{indent, key})
			continue
		}
		prefix := pathOf(stack)
		values[prefix+"."+key] = val
		if strings.HasSuffix(prefix, "[]") {
			lists[prefix+"."+key] = append(lists[prefix+"."+key], val)
		}
	}
	return lists, values
}

// yamlLevel is an open map key, or "[]" for an item of a list of maps.
type yamlLevel struct {
	indent int
	key    string
}

// pathOf joins the keys of the stack with dots, list items as "[]".
func pathOf(stack []yamlLevel) string {
	var b strings.Builder
	for _, l := range stack {
		if b.Len() > 0 && l.key != "[]" {
			b.WriteByte('.')
		}
		b.WriteString(l.key)
	}
	return b.String()
}

func TestManifestScopesCommandAndFeatures(t *testing.T) {
	raw, err := os.ReadFile("manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	lists, values := yamlLists(string(raw))
	wantScopes := []string{"commands", "app_mentions:read", "chat:write", "im:history", "im:write", "users:read", "files:write"}
	got := lists["oauth_config.scopes.bot"]
	if !slices.Equal(slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(wantScopes))) {
		t.Errorf("bot scopes %v, want exactly %v", got, wantScopes)
	}
	if !slices.Equal(lists["features.slash_commands[].command"], []string{"/netzwerk"}) {
		t.Errorf("slash commands %v, want /netzwerk", lists["features.slash_commands[].command"])
	}
	if ids := lists["features.shortcuts[].callback_id"]; !slices.Equal(ids, []string{shortcutNewCommitment, shortcutRecordCommitment}) {
		t.Errorf("shortcut callback ids %v", ids)
	}
	if events := lists["settings.event_subscriptions.bot_events"]; !slices.Equal(events, []string{"app_home_opened", "app_mention", "message.im"}) {
		t.Errorf("bot events %v", events)
	}
	for key, want := range map[string]string{
		"settings.socket_mode_enabled":           "true",
		"settings.interactivity.is_enabled":      "true",
		"features.app_home.home_tab_enabled":     "true",
		"features.app_home.messages_tab_enabled": "true",
	} {
		if values[key] != want {
			t.Errorf("%s = %q, want %q", key, values[key], want)
		}
	}
	// connections:write is an app-level token scope: it is granted when the
	// admin creates the app-level token, and must not be a bot scope.
	if slices.Contains(got, "connections:write") {
		t.Error("connections:write listed as a bot scope")
	}
}
