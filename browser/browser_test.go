package browser_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph/graphtest"
	"github.com/diplograph/diplograph/ingest"
)

// EnvShots names the folder the screenshots are kept in (default: browser/screenshots,
// ignored by git).
const EnvShots = "DIPLOGRAPH_BROWSER_SHOTS"

// TestBrowserOnConnect logs in to Neo4j Browser on the test server in headless Chromium,
// as an analyst would: the style and the guide must arrive on connecting; then it applies
// the style as the README says for a server without the settings (:style with the URL),
// runs every starter query of the guide by clicking it and running it, and fails on any
// error frame or crash of the application. Screenshots are kept.
func TestBrowserOnConnect(t *testing.T) {
	graphtest.SkipIfOff(t)
	httpPort := os.Getenv("DIPLOGRAPH_NEO4J_HTTP_PORT")
	if httpPort == "" {
		httpPort = "7474"
	}
	cfg := graphtest.Config()
	store := graphtest.MustOpen(t)
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := ingest.Run(ctx, []string{filepath.Join("..", "samples")}, ex, store,
		ingest.Options{ExtractorVersion: extract.Version}); err != nil {
		t.Fatal(err)
	}

	shots := os.Getenv(EnvShots)
	if shots == "" {
		shots = "screenshots"
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	wd := startChrome(t)
	base := "http://127.0.0.1:" + httpPort
	wd.post(t, "/url", map[string]any{"url": base + "/browser/"})

	// the connect form
	wd.waitFor(t, `[data-testid="boltaddress"]`, 60*time.Second)
	wd.setValue(t, `[data-testid="boltaddress"]`, strings.TrimPrefix(cfg.URI, "bolt://"))
	wd.setValue(t, `[data-testid="username"]`, cfg.User)
	wd.setValue(t, `[data-testid="password"]`, cfg.Password)
	wd.click(t, `[data-testid="connect"]`)

	// on connecting: the guide opens, and the style is applied (:style frame, no error)
	wd.waitText(t, "diplograph: where to start", 60*time.Second)
	wd.waitFor(t, `.runnable`, 10*time.Second)
	wd.screenshot(t, filepath.Join(shots, "01-connected-guide.png"))
	wd.checkNoErrors(t, "after connecting")
	if got := wd.styleSelectors(t, "node.Claim", 30*time.Second); !strings.Contains(got, "node.Claim") {
		t.Errorf("style not applied on connecting: stored style selectors %s", got)
	}

	// the README's ways for a server without these settings: ":style" with the URL of
	// the file, or followed by its content pasted into the editor
	wd.run(t, ":style "+base+"/browser/diplograph/style.grass")
	wd.checkNoErrors(t, ":style with the URL")
	grass, err := os.ReadFile("style.grass")
	if err != nil {
		t.Fatal(err)
	}
	wd.paste(t, ":style "+string(grass))
	if got := wd.eval(t, `return document.querySelector('[data-testid="frameCommand"]').innerText`); !strings.Contains(got, "node.Claim") {
		t.Errorf("the pasted :style did not run; newest frame: %q", got)
	}
	wd.checkNoErrors(t, ":style with the content pasted")
	if got := wd.styleSelectors(t, "relationship.MENTIONS", 10*time.Second); strings.Contains(got, `""`) || !strings.Contains(got, "relationship.MENTIONS") {
		t.Errorf("pasted style stored with selectors %s", got)
	}

	queries := runnables(t)
	clicked := false
	for i, q := range queries {
		wd.runRunnable(t, q)
		time.Sleep(2 * time.Second) // let the picture settle
		wd.screenshot(t, filepath.Join(shots, fmt.Sprintf("%02d-query.png", i+2)))
		wd.checkNoErrors(t, "query "+firstLine(q))
		if strings.Contains(q, "[r:MET_WITH]") && !clicked {
			// the analyst clicks a fact edge: the panel shows its sentence and article
			clicked = true
			panel := wd.clickEdge(t)
			wd.screenshot(t, filepath.Join(shots, fmt.Sprintf("%02d-edge-clicked.png", i+2)))
			for _, want := range []string{"MET_WITH", "evidence", "article_title", "article_url", "article_date", "https://"} {
				if !strings.Contains(panel, want) {
					t.Errorf("clicked MET_WITH edge: the panel has no %q; it says:\n%s", want, panel)
				}
			}
		}
	}
	if !clicked {
		t.Error("the guide has no MET_WITH picture to click an edge in")
	}
	abs, _ := filepath.Abs(shots)
	t.Logf("screenshots in %s", abs)
}

var runnable = regexp.MustCompile(`(?s)<pre class="code runnable">(.*?)</pre>`)

// runnables are the queries of the guide, in order.
func runnables(t *testing.T) []string {
	b, err := os.ReadFile("guide.html")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range runnable.FindAllStringSubmatch(string(b), -1) {
		out = append(out, html.UnescapeString(m[1]))
	}
	if len(out) < 6 {
		t.Fatalf("guide has %d runnable queries", len(out))
	}
	return out
}

func firstLine(s string) string { l, _, _ := strings.Cut(s, "\n"); return l }

// webDriver is a W3C WebDriver session with chromedriver.
type webDriver struct {
	url string
}

func startChrome(t *testing.T) *webDriver {
	t.Helper()
	driver, err := exec.LookPath("chromedriver")
	if err != nil {
		t.Fatal("chromedriver not found: install Chromium (apt-get install -y chromium chromium-driver); scripts/test.sh does")
	}
	binary := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			binary = p
			break
		}
	}
	if binary == "" {
		t.Fatal("chromium not found: apt-get install -y chromium chromium-driver")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	_ = l.Close()
	cmd := exec.Command(driver, fmt.Sprintf("--port=%d", port))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	wd := &webDriver{url: fmt.Sprintf("http://127.0.0.1:%d", port)}
	deadline := time.Now().Add(30 * time.Second)
	for {
		if resp, err := http.Get(wd.url + "/status"); err == nil {
			_ = resp.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("chromedriver did not start")
		}
		time.Sleep(200 * time.Millisecond)
	}
	var sess struct {
		SessionID string `json:"sessionId"`
	}
	wd.call(t, "POST", "/session", map[string]any{"capabilities": map[string]any{"alwaysMatch": map[string]any{
		"browserName": "chrome",
		"goog:chromeOptions": map[string]any{"binary": binary, "args": []string{
			"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000"}},
	}}}, &sess)
	wd.url += "/session/" + sess.SessionID
	t.Cleanup(func() { wd.call(t, "DELETE", "", nil, nil) })
	return wd
}

func (wd *webDriver) call(t *testing.T, method, path string, body, out any) {
	t.Helper()
	var r io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		r = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, wd.url+path, r)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("webdriver %s %s: %s: %s", method, path, resp.Status, data)
	}
	if out != nil {
		var env struct {
			Value json.RawMessage `json:"value"`
		}
		if err := json.Unmarshal(data, &env); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(env.Value, out); err != nil {
			t.Fatalf("webdriver %s: %v: %s", path, err, env.Value)
		}
	}
}

func (wd *webDriver) post(t *testing.T, path string, body any) {
	t.Helper()
	wd.call(t, "POST", path, body, nil)
}

// eval runs a script in the page and returns its result as text.
func (wd *webDriver) eval(t *testing.T, script string, args ...any) string {
	t.Helper()
	if args == nil {
		args = []any{}
	}
	var v any
	wd.call(t, "POST", "/execute/sync", map[string]any{"script": script, "args": args}, &v)
	if s, ok := v.(string); ok {
		return s
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func (wd *webDriver) waitFor(t *testing.T, css string, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(d)
	for wd.eval(t, `return document.querySelector(arguments[0]) !== null`, css) != "true" {
		if time.Now().After(deadline) {
			wd.fail(t, "no element "+css)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

func (wd *webDriver) waitText(t *testing.T, text string, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(d)
	for wd.eval(t, `return document.body.innerText.includes(arguments[0])`, text) != "true" {
		if time.Now().After(deadline) {
			wd.fail(t, "no text "+text)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

func (wd *webDriver) fail(t *testing.T, msg string) {
	t.Helper()
	body := wd.eval(t, `return document.body.innerText`)
	t.Fatalf("%s; the page says:\n%s", msg, body)
}

func (wd *webDriver) element(t *testing.T, css string) string {
	t.Helper()
	var el map[string]string
	wd.call(t, "POST", "/element", map[string]any{"using": "css selector", "value": css}, &el)
	for _, id := range el {
		return id
	}
	t.Fatalf("no element %s", css)
	return ""
}

func (wd *webDriver) setValue(t *testing.T, css, value string) {
	t.Helper()
	id := wd.element(t, css)
	// select all and type over it: a form field of Browser's keeps its own state
	wd.post(t, "/element/"+id+"/value", map[string]any{"text": "\uE009a\uE000\uE003" + value})
}

func (wd *webDriver) click(t *testing.T, css string) {
	t.Helper()
	wd.post(t, "/element/"+wd.element(t, css)+"/click", map[string]any{})
}

// frames is the number of result frames in the stream.
func (wd *webDriver) frames(t *testing.T) int {
	var n int
	_, _ = fmt.Sscan(wd.eval(t, `return String(document.querySelectorAll('[data-testid="frame"]').length)`), &n)
	return n
}

// run types a one-line command into the editor and runs it.
func (wd *webDriver) run(t *testing.T, command string) {
	t.Helper()
	before := wd.frames(t)
	wd.click(t, `[data-testid="activeEditor"]`)
	wd.post(t, "/actions", keys(command))
	wd.click(t, `[data-testid="editor-Run"]`)
	wd.waitFrames(t, before+1)
}

// styleSelectors returns the selectors of the style Browser keeps, as JSON, once they
// include want or after d.
func (wd *webDriver) styleSelectors(t *testing.T, want string, d time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		got := wd.eval(t, `return JSON.stringify(Object.keys(JSON.parse(localStorage.getItem('neo4j.grass') || 'null') || {}))`)
		if strings.Contains(got, want) || time.Now().After(deadline) {
			return got
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// paste pastes text into the editor, as from the clipboard, and runs it.
func (wd *webDriver) paste(t *testing.T, text string) {
	t.Helper()
	before := wd.frames(t)
	wd.click(t, `[data-testid="activeEditor"]`)
	wd.eval(t, `const ta = document.querySelector('[data-testid="activeEditor"] textarea');
ta.focus();
const dt = new DataTransfer();
dt.setData('text/plain', arguments[0]);
ta.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
return "ok";`, text)
	time.Sleep(300 * time.Millisecond)
	wd.click(t, `[data-testid="editor-Run"]`)
	wd.waitFrames(t, before+1)
}

// runRunnable clicks the guide's runnable block holding the query (which puts it in the
// editor) and runs it.
func (wd *webDriver) runRunnable(t *testing.T, query string) {
	t.Helper()
	before := wd.frames(t)
	// the guide shows one slide at a time: go forward until the block is on it
	ok := "false"
	for range 10 {
		ok = wd.eval(t, `const want = arguments[0].trim();
for (const el of document.querySelectorAll('pre.runnable')) {
  if (el.textContent.trim() === want) { el.scrollIntoView(); el.click(); return "true"; }
}
const next = document.querySelector('.next-slide');
if (next) next.click();
return "false";`, query)
		if ok == "true" {
			break
		}
		time.Sleep(300 * time.Millisecond)
	}
	if ok != "true" {
		wd.fail(t, "the guide has no runnable block for "+firstLine(query))
	}
	time.Sleep(300 * time.Millisecond)
	wd.click(t, `[data-testid="editor-Run"]`)
	wd.waitFrames(t, before+1)
}

// clickEdge clicks the first relationship of the newest frame's picture (Browser selects
// a relationship on mouse-down) and returns the text of the frame's inspector panel
// once it shows the relationship's properties.
func (wd *webDriver) clickEdge(t *testing.T) string {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		panel := wd.eval(t, `const f = document.querySelector('[data-testid="frame"]');
const rel = f && f.querySelector('g.relationship');
if (!rel) return "";
rel.dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true, view: window}));
const insp = f.querySelector('[data-testid="vizInspector"]');
return insp ? insp.innerText : "";`)
		if strings.Contains(panel, "evidence") || time.Now().After(deadline) {
			return panel
		}
		time.Sleep(500 * time.Millisecond)
	}
}

func (wd *webDriver) waitFrames(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for wd.frames(t) < n {
		if time.Now().After(deadline) {
			wd.fail(t, "no new frame")
		}
		time.Sleep(250 * time.Millisecond)
	}
	// wait until the newest frame has finished loading
	for wd.eval(t, `const f = document.querySelector('[data-testid="frame"]'); return String(!!f && !f.querySelector('[data-testid="stopRunFrameButton"]'))`) != "true" {
		if time.Now().After(deadline) {
			wd.fail(t, "frame did not finish")
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// checkNoErrors fails on an error frame, an error banner or the application's crash page.
func (wd *webDriver) checkNoErrors(t *testing.T, when string) {
	t.Helper()
	got := wd.eval(t, `const out = [];
for (const sel of ['[data-testid="cypherFrameErrorMessage"]', '[data-testid="errorBanner"]']) {
  for (const el of document.querySelectorAll(sel)) out.push(el.innerText);
}
if (document.body.innerText.includes('Reload application') || document.body.innerText.includes('Something went wrong')) out.push(document.body.innerText.slice(0, 2000));
return JSON.stringify(out);`)
	if got != "[]" {
		t.Errorf("%s: Browser shows errors: %s", when, got)
	}
}

func (wd *webDriver) screenshot(t *testing.T, path string) {
	t.Helper()
	var b64 string
	wd.call(t, "GET", "/screenshot", nil, &b64)
	png, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// keys is a WebDriver key action typing s.
func keys(s string) map[string]any {
	var acts []map[string]any
	for _, r := range s {
		acts = append(acts, map[string]any{"type": "keyDown", "value": string(r)}, map[string]any{"type": "keyUp", "value": string(r)})
	}
	return map[string]any{"actions": []map[string]any{{"type": "key", "id": "keyboard", "actions": acts}}}
}

// TestREADMEStarterQueriesAreTheGuides: the README's starter queries are the guide's, so
// that a server without the guide offers the same pictures.
func TestREADMEStarterQueriesAreTheGuides(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	start := strings.Index(readme, "### Starter queries")
	end := strings.Index(readme[start+1:], "\n### ")
	if start < 0 || end < 0 {
		t.Fatal("README has no Starter queries section")
	}
	section := readme[start : start+1+end]
	block := regexp.MustCompile("(?s)```(?:cypher)?\n(.*?)```")
	var inReadme []string
	for _, m := range block.FindAllStringSubmatch(section, -1) {
		lines := strings.Split(strings.TrimSpace(m[1]), "\n")
		for i := range lines {
			lines[i] = strings.TrimSpace(lines[i])
		}
		inReadme = append(inReadme, strings.Join(lines, "\n"))
	}
	guide := runnables(t)
	for i := range guide {
		lines := strings.Split(strings.TrimSpace(guide[i]), "\n")
		for j := range lines {
			lines[j] = strings.TrimSpace(lines[j])
		}
		guide[i] = strings.Join(lines, "\n")
	}
	if strings.Join(inReadme, "\n\n") != strings.Join(guide, "\n\n") {
		t.Errorf("README starter queries:\n%s\n\nguide:\n%s", strings.Join(inReadme, "\n\n"), strings.Join(guide, "\n\n"))
	}
}
