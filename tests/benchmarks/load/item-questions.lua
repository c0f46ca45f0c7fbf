-- wrk request generator: "who owns item N" questions as Bot Framework message activities with
-- deliveryMode expectReplies, so each answer comes back in the HTTP response and nothing else is called.
-- Every request has a unique activity id (the bot de-duplicates by id) and a random item 1-31,
-- asked in the forms people actually type.

local digits = { "一", "二", "三", "四", "五", "六", "七", "八", "九" }

local function chinese_number(n)
  if n < 10 then return digits[n] end
  local tens, ones = math.floor(n / 10), n % 10
  local text = (tens == 1 and "" or digits[tens]) .. "十"
  if ones > 0 then text = text .. digits[ones] end
  return text
end

local forms = {
  function(n) return string.format("第%d项谁负责", n) end,
  function(n) return string.format("第%d项", n) end,
  function(n) return string.format("%d", n) end,
  function(n) return string.format("第%d项要做什么", n) end,
  function(n) return "第" .. chinese_number(n) .. "项谁负责" end,
  function(n) return string.format("who is responsible for item %d", n) end,
}

local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_id", thread_count)
end

local sequence = 0

function init(args)
  math.randomseed(os.time() * 100 + (thread_id or 0))
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

local body_template = '{"type":"message","id":"load-%d-%d","channelId":"msteams",'
  .. '"serviceUrl":"http://127.0.0.1:9/","from":{"id":"29:load-%d","name":"压测用户",'
  .. '"aadObjectId":"b0000000-0000-4000-8000-%012d"},"recipient":{"id":"28:bot"},'
  .. '"conversation":{"id":"a:load-%d","conversationType":"personal","tenantId":"t"},'
  .. '"text":"%s","deliveryMode":"expectReplies"}'

function request()
  sequence = sequence + 1
  local user = math.random(1, 50)
  local question = forms[math.random(#forms)](math.random(1, 31))
  local body = string.format(body_template, thread_id or 0, sequence, user, user, user, question)
  return wrk.format(nil, nil, nil, body)
end
