package slackfake_test

import (
	"testing"

	"github.com/slack-go/slack"
	"go.uber.org/goleak"

	"github.com/netzwerkbot/netzwerkbot/bot/slackfake"
)

// TestMain fails the package if a goroutine outlives the tests, which
// includes every fake closed by its cleanup.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// newClient returns a slack-go client for the fake's bot token.
func newClient(fake *slackfake.Server, options ...slack.Option) *slack.Client {
	return slack.New(slackfake.BotToken, append([]slack.Option{slack.OptionAPIURL(fake.APIURL())}, options...)...)
}
