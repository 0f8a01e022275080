package slackapp_test

import (
	"strings"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/metrics/metricstest"
)

// /metrics, in both modes, counts the commands by name and outcome, times
// the acks, shows the work after them and the posts and 429s by Slack
// method, and no label holds a user, a workspace or a name.
func TestMetricsCountRequestsWithoutPersonalData(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		e.do(t, admin, "stakeholder add Eva")
		e.do(t, member, "stakeholder edit Eva org:Hack")
		e.fake.RateLimitNext("chat.postEphemeral", 1, 1)
		e.tr.event(t, map[string]any{"type": "event_callback", "team_id": team, "event_id": "EvM1",
			"event": map[string]any{"type": "app_mention", "user": admin, "text": "<@UBOT00001> help", "channel": "C1"}}, 0)
		e.waitFor("the mention's reply", func() bool { return len(e.fake.Messages()) == 1 })
		e.app.Wait()

		var got metricstest.Samples
		if h, ok := e.tr.(*httpTransport); ok {
			got = metricstest.Get(t, h.url+"/metrics")
		} else {
			got = metricstest.Handler(t, e.app.HealthRoutes())
		}
		want := map[string]float64{
			`netzwerkbot_commands_total{command="stakeholder add",outcome="ok"}`:         1,
			`netzwerkbot_commands_total{command="stakeholder edit",outcome="forbidden"}`: 1,
			`netzwerkbot_commands_total{command="help",outcome="ok"}`:                    1,
			`netzwerkbot_slack_posts_total{method="response_url"}`:                       2,
			`netzwerkbot_slack_posts_total{method="chat.postEphemeral"}`:                 2,
			`netzwerkbot_slack_rate_limited_total{method="chat.postEphemeral"}`:          1,
			`netzwerkbot_ack_seconds_count{kind="command"}`:                              2,
			`netzwerkbot_ack_seconds_count{kind="event"}`:                                1,
			`netzwerkbot_work_queue_depth`:                                               0,
			`netzwerkbot_work_running`:                                                   0,
		}
		for series, v := range want {
			if got[series] != v {
				t.Errorf("%s = %v, want %v", series, got[series], v)
			}
		}
		for series := range got {
			for _, personal := range []string{admin, member, team, "Eva", "anna", "Hack"} {
				if strings.Contains(series, personal) {
					t.Errorf("series %s holds %q", series, personal)
				}
			}
		}
	})
}
