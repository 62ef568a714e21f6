-- wrk script for bench-collect: tracking hits from a company's range (so the
-- whole path runs: match, visit, page view, change log), 5 000 sessions.
local site = os.getenv("LEADSCOPE_SITE")
local counter = 0
request = function()
  counter = counter + 1
  local n = counter + math.random(1, 1000000)
  local body = '{"site":"' .. site .. '","url":"https://www.bench.example/page-' .. (n % 12) ..
               '","title":"Bench page","vid":"' .. string.format("%032x", n % 3000) ..
               '","sid":"' .. string.format("%032x", 100000 + n % 5000) .. '"}'
  return wrk.format("POST", "/collect", {
    ["Content-Type"] = "text/plain",
    ["Origin"] = "https://www.bench.example",
    ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
    ["X-Forwarded-For"] = "203.0.113." .. (1 + n % 250),
  }, body)
end
