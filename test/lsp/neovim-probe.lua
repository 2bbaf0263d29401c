-- A headless Neovim (0.7+) LSP client for test/lsp/neovim.test.ts.
--
--   LSP_CMD='["node","/abs/dist/server.js","lsp","--stdio"]' HOVER_LINE=7 HOVER_COL=31 \
--     nvim --headless --clean -n -u neovim-probe.lua notes/analysis.md
--
-- Env: LSP_CMD (a JSON array, or a command line split on blanks), HOVER_LINE (1-based),
-- HOVER_COL (0-based byte column), WAIT_CODE (diagnostic code to wait for after the hover, before
-- printing the diagnostics; default figure-mismatch), WAIT_MS (default 15000).
-- The hover is asked once, right after the server is initialized (while it is still building its
-- first index): the server must answer it with the real hover, without the probe retrying.
-- Optional, for a good note next to hostile ones: HOSTILE (paths relative to the working directory,
-- separated by commas) are opened in buffers of their own after the first hover; the probe waits
-- until each has had diagnostics published, asks the hover again, then replaces FIX_FROM by FIX_TO
-- on line FIX_LINE of the note and waits until that line has no WAIT_CODE diagnostic left.
-- Prints, one per line: INITIALIZED <client name>, HOVER <markdown, newlines as \n>,
-- DIAG <line 1-based>:<byte col 0-based> [<code>] <message>, JSON {...}, then (with HOSTILE)
-- PUBLISHED <path> <number of diagnostics>, HOVER_AFTER <markdown>, FIXED <WAIT_CODE diagnostics
-- left on FIX_LINE>; then DONE.
-- Any failure prints FAIL <reason> and exits with status 1.

local function say(s)
  io.stdout:write(s, '\n')
  io.stdout:flush()
end

local function die(reason)
  say('FAIL ' .. reason)
  vim.cmd('cquit 1')
end

local function server_cmd()
  local raw = os.getenv('LSP_CMD') or ''
  if raw:match('^%s*%[') then return vim.fn.json_decode(raw) end
  local parts = vim.split(raw, '%s+', { trimempty = true })
  if #parts == 0 then return nil end
  return parts
end

local function code_of(d)
  if d.code ~= nil then return d.code end
  local ud = d.user_data and d.user_data.lsp
  return ud and ud.code or ''
end

local function run()
  local cmd = server_cmd()
  if not cmd then return die('LSP_CMD is not set') end
  local wait_ms = tonumber(os.getenv('WAIT_MS') or '25000')
  local buf = vim.api.nvim_get_current_buf()
  local exit_code
  local client_id = vim.lsp.start_client({
    name = 'grounded-probe',
    cmd = cmd,
    root_dir = vim.fn.getcwd(),
    on_exit = function(code) exit_code = code end,
  })
  if not client_id then return die('vim.lsp.start_client returned nil') end
  vim.lsp.buf_attach_client(buf, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  -- every publishDiagnostics, by URI (an empty list is a publish too, which vim.diagnostic cannot tell)
  local published = {}
  local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    if result and result.uri then published[result.uri] = #result.diagnostics end
    return publish(err, result, ctx, config)
  end

  local ready = vim.wait(wait_ms, function() return client.initialized or exit_code ~= nil end, 25)
  if not ready or not client.initialized then
    return die('server did not initialize (exit code ' .. tostring(exit_code) .. ')')
  end
  say('INITIALIZED ' .. client.name)

  -- Right away: no waiting for diagnostics (the index may still be building), and asked once.
  local line = tonumber(os.getenv('HOVER_LINE') or '1')
  local col = tonumber(os.getenv('HOVER_COL') or '0')
  vim.api.nvim_win_set_cursor(0, { line, col })
  local params = vim.lsp.util.make_position_params()
  -- (the server answers once the first index is built: with the example's PDF and web page that is
  -- a second or two of CPU, which a busy machine stretches)
  local responses, err = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 25000)
  if not responses then return die('hover request failed: ' .. tostring(err)) end
  local response = responses[client_id]
  if not response or response.err or not response.result then
    return die('no hover result: ' .. vim.inspect(response))
  end
  local hover = response.result
  local md = vim.lsp.util.convert_input_to_markdown_lines(hover.contents)
  say('HOVER ' .. table.concat(md, '\\n'))

  -- Diagnostics are pushed once the first index is built; wait for the kind the test looks for.
  local want = os.getenv('WAIT_CODE') or 'figure-mismatch'
  vim.wait(wait_ms, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if code_of(d) == want then return true end
    end
    return false
  end, 25)

  local diags = vim.diagnostic.get(buf)
  table.sort(diags, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  for _, d in ipairs(diags) do
    say(string.format('DIAG %d:%d [%s] %s', d.lnum + 1, d.col, tostring(code_of(d)), (d.message:gsub('\n', ' '))))
  end
  local simple = {}
  for _, d in ipairs(diags) do
    table.insert(simple, { lnum = d.lnum, col = d.col, severity = d.severity, code = code_of(d), message = d.message })
  end
  say('JSON ' .. vim.fn.json_encode({ hover = hover, diagnostics = simple }))

  local hostile = os.getenv('HOSTILE') or ''
  if hostile ~= '' then
    -- open each hostile note next to the good one (the window stays on the good note)
    local uris = {}
    for _, rel in ipairs(vim.split(hostile, ',', { trimempty = true })) do
      local hb = vim.fn.bufadd(rel)
      vim.fn.bufload(hb)
      vim.lsp.buf_attach_client(hb, client_id)
      uris[rel] = vim.uri_from_bufnr(hb)
    end
    for rel, uri in pairs(uris) do
      vim.wait(wait_ms, function() return published[uri] ~= nil end, 25)
      say('PUBLISHED ' .. rel .. ' ' .. tostring(published[uri]))
    end
    local again = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 25000)
    local r = again and again[client_id]
    if not r or r.err or not r.result then return die('no hover after the hostile notes: ' .. vim.inspect(r)) end
    say('HOVER_AFTER ' .. table.concat(vim.lsp.util.convert_input_to_markdown_lines(r.result.contents), '\\n'))
    -- an edit of the good note: its diagnostics follow
    local fix_line = tonumber(os.getenv('FIX_LINE') or '1')
    local text = vim.api.nvim_buf_get_lines(buf, fix_line - 1, fix_line, false)[1]
    local from, to = os.getenv('FIX_FROM') or '', os.getenv('FIX_TO') or ''
    local at = text:find(from, 1, true)
    if not at then return die('FIX_FROM not on line ' .. fix_line) end
    vim.api.nvim_buf_set_lines(buf, fix_line - 1, fix_line, false, { text:sub(1, at - 1) .. to .. text:sub(at + #from) })
    local function left()
      local n = 0
      for _, d in ipairs(vim.diagnostic.get(buf)) do
        if d.lnum == fix_line - 1 and code_of(d) == want then n = n + 1 end
      end
      return n
    end
    vim.wait(wait_ms, function() return left() == 0 end, 25)
    say('FIXED ' .. left())
  end

  client.stop()
  vim.wait(3000, function() return client.is_stopped() end, 25)
  say('DONE')
end

-- -u runs before the file argument is loaded: start once the buffer is there.
vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    local ok, err = pcall(run)
    if not ok then return die('error: ' .. tostring(err)) end
    vim.cmd('qall!')
  end,
})
