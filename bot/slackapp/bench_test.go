package slackapp_test

import (
	"bytes"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/bot/slackapp"
)

// BenchmarkSlashCommandAck sends 50 signed slash commands at once to the
// HTTP handler per iteration and reports the median and 99th percentile of
// the ack latency; the commands' work runs after the acks as in production.
func BenchmarkSlashCommandAck(b *testing.B) {
	e := newEnv(b, "http")
	base := e.tr.(*httpTransport).url
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 50}}
	b.Cleanup(client.CloseIdleConnections)
	const concurrent = 50
	var latencies []time.Duration
	var mu sync.Mutex
	for b.Loop() {
		var wg sync.WaitGroup
		for range concurrent {
			body := []byte(url.Values{
				"team_id": {team}, "user_id": {admin}, "channel_id": {"C1"}, "command": {"/netzwerk"},
				"text": {"help"}, "response_url": {e.fake.NewResponseURL()},
			}.Encode())
			wg.Go(func() {
				ts, sig := slackapp.Sign(secret, time.Now(), body)
				req, _ := http.NewRequest(http.MethodPost, base+"/slack/commands", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				req.Header.Set("X-Slack-Request-Timestamp", ts)
				req.Header.Set("X-Slack-Signature", sig)
				start := time.Now()
				resp, err := client.Do(req)
				d := time.Since(start)
				if err != nil || resp.StatusCode != http.StatusOK {
					b.Errorf("ack: %v %v", resp, err)
					return
				}
				resp.Body.Close()
				mu.Lock()
				latencies = append(latencies, d)
				mu.Unlock()
			})
		}
		wg.Wait()
	}
	b.StopTimer()
	e.app.Wait()
	slices.Sort(latencies)
	if len(latencies) == 0 {
		return
	}
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(latencies[len(latencies)/2]), "ack-p50-ms")
	b.ReportMetric(ms(latencies[len(latencies)*99/100]), "ack-p99-ms")
}
