-- wrk script for bench-webhooks: tracking hits from a company's range where
-- every fourth hit begins a new visit (so a rule on every visit keeps firing:
-- one firing per four hits), visitors and sessions unique per wrk thread.
local site = os.getenv("LEADSCOPE_SITE")
local counter = 0
local base = 0
init = function(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
  base = math.random(1, 1000000000) * 1000
end
request = function()
  counter = counter + 1
  local session = base + math.floor(counter / 4)
  local body = '{"site":"' .. site .. '","url":"https://www.bench.example/page-' .. (counter % 12) ..
               '","title":"Bench page","vid":"' .. string.format("%032x", session) ..
               '","sid":"' .. string.format("%032x", session + 7) .. '"}'
  return wrk.format("POST", "/collect", {
    ["Content-Type"] = "text/plain",
    ["Origin"] = "https://www.bench.example",
    ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
    ["X-Forwarded-For"] = "203.0.113." .. (1 + counter % 250),
  }, body)
end
