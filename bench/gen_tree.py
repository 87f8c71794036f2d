#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generates a synthetic multi-platform source tree for scanner benchmarks.

The tree mixes Web, Android, iOS, C++ and Python sources of realistic shape. A configurable share of
files uses the legacy Signaling SDK (calls that the scanner must report), some files are minified
one-line bundles, and folders nest to a configurable depth. Output is deterministic for a seed.

    bench/gen_tree.py OUT --files 100000 --mb 1024 --signaling-share 0.01 --minified-share 0.02 --depth 12
"""

import argparse
import os
import random
import sys

FILLER = {
    "js": [
        "export function render{n}(state, props) {{\n  const items = state.items.filter((x) => x.visible);\n"
        "  return items.map((item, i) => `<li data-i=\"${{i}}\">${{item.title}}</li>`).join('');\n}}\n",
        "const config{n} = {{ retries: 3, timeout: 1500, endpoint: '/api/v1/items/{n}' }};\n",
        "async function load{n}(id) {{\n  const res = await fetch(`/api/items/${{id}}`);\n  if (!res.ok) throw new Error(res.statusText);\n"
        "  return res.json();\n}}\n",
        "// Keeps the list sorted by date; see the design notes for why we do not use a heap here.\n",
    ],
    "java": [
        "    public int compute{n}(int a, int b) {{\n        int total = 0;\n        for (int i = a; i < b; i++) {{\n"
        "            total += i * {n};\n        }}\n        return total;\n    }}\n",
        "    private final Map<String, List<String>> index{n} = new HashMap<>();\n",
        "    @Override\n    public void onClick(View view) {{\n        view.setBackground(null);\n        adapter.notifyDataSetChanged();\n    }}\n",
        "    /** Formats a timestamp for the message list. */\n    static String format{n}(long ms) {{ return DateFormat.format(\"HH:mm\", ms).toString(); }}\n",
    ],
    "m": [
        "- (void)update{n}:(NSArray *)items {{\n    for (NSString *item in items) {{\n        [self.labels addObject:item];\n    }}\n}}\n",
        "- (CGFloat)heightForRow{n}:(NSInteger)row {{ return 44.0 + row % 3; }}\n",
        "// Cells are reused; never keep a reference to a cell outside the table view.\n",
    ],
    "cpp": [
        "int accumulate{n}(const std::vector<int>& v) {{\n    int s = 0;\n    for (int x : v) {{\n        s += x * {n};\n    }}\n    return s;\n}}\n",
        "struct Point{n} {{ double x = 0; double y = 0; }};\n",
        "/* Ring buffer of fixed capacity; the producer never blocks. */\n",
    ],
    "py": [
        "def handler_{n}(event, context):\n    items = [x for x in event.get('items', []) if x]\n    return {{'count': len(items), 'id': {n}}}\n\n",
        "CONSTANT_{n} = {{'name': 'item{n}', 'enabled': True}}\n",
        "# Retries are exponential with jitter.\n",
    ],
}

SIGNALING = {
    "js": [
        "var signal = Signal(appId);\nvar session = signal.login(account, '_no_need_token');\n"
        "var channel = session.channelJoin('room-{n}');\n",
        "channel.messageChannelSend({{ type: 'chat', text: text{n} }});\n",
        "session.messageInstantSend(peer, JSON.stringify({{ n: {n} }}));\n",
        "session.invoke('io.agora.signal.channel_query_userlist_all', {{ name: 'room-{n}' }}, cb);\n",
    ],
    "java": [
        "    private AgoraAPIOnlySignal m_agoraAPI{n} = AgoraAPIOnlySignal.getInstance(context, appId);\n",
        "    void dial{n}(String peer) {{ m_agoraAPI{n}.channelInvitePhone3(channel, peer, src, \"{{}}\"); }}\n",
        "    void join{n}() {{ m_agoraAPI{n}.channelJoin(\"__agora_user_online\"); }}\n",
    ],
    "m": [
        "    [[AgoraSignal sharedKit] channelInviteDTMF:self.channel phoneNum:self.phone dtmf:@\"{n}\"];\n",
        "    [kit messageChannelSend:self.channelName msg:text msgID:@\"{n}\"];\n",
    ],
    "cpp": [
        "    agora->channelInvitePhone(g_channel.data(), g_channel.size(), name.data(), name.size());\n",
        "    agora->channelSetAttr(ch, chLen, \"_userNotification\", 17, \"0\", 1);\n",
    ],
    "py": [
        "from agorasigsdk import AgoraSignal, LoginSession, Channel\nsig_{n} = AgoraSignal(APP_ID)\n",
    ],
}

HEADERS = {
    "js": ("'use strict';\n", ""),
    "java": ("package com.example.app;\n\nimport io.agora.AgoraAPIOnlySignal;\n\npublic class Gen{n} {{\n", "}\n"),
    "m": ("#import <UIKit/UIKit.h>\n#import <AgoraSigKit/AgoraSigKit.h>\n\n@implementation Gen{n}\n", "@end\n"),
    "cpp": ("#include <vector>\n#include \"agora_sig.h\"\n\nvoid gen{n}(agora_sdk_cpp::IAgoraAPI* agora) {{\n", "}\n"),
    "py": ("import os\n\n", ""),
}
PLAIN_HEADERS = {
    "js": ("'use strict';\n", ""),
    "java": ("package com.example.app;\n\nimport android.view.View;\n\npublic class Gen{n} {{\n", "}\n"),
    "m": ("#import <UIKit/UIKit.h>\n\n@implementation Gen{n}\n", "@end\n"),
    "cpp": ("#include <vector>\n\nnamespace app {{\n", "}\n"),
    "py": ("import os\n\n", ""),
}
EXT_WEIGHTS = [("js", 4), ("java", 3), ("m", 1), ("cpp", 2), ("py", 1)]


def pick_ext(rng):
    total = sum(w for _, w in EXT_WEIGHTS)
    r = rng.uniform(0, total)
    for ext, w in EXT_WEIGHTS:
        r -= w
        if r <= 0:
            return ext
    return "js"


def folder_for(rng, index, depth):
    parts = ["src"]
    for level in range(rng.randint(1, depth)):
        parts.append(f"m{(index * 7 + level * 13) % 23}")
    return os.path.join(*parts)


def make_file(rng, ext, target, n, signaling, minified):
    header, footer = (HEADERS if signaling else PLAIN_HEADERS)[ext]
    chunks = [header.format(n=n)]
    size = len(chunks[0])
    fill = FILLER[ext]
    sig = SIGNALING[ext]
    while size < target:
        if signaling and rng.random() < 0.05:
            text = rng.choice(sig).format(n=n)
        else:
            text = rng.choice(fill).format(n=rng.randint(0, 99999))
        chunks.append(text)
        size += len(text)
    chunks.append(footer)
    body = "".join(chunks)
    if minified and ext == "js":
        body = body.replace("\n", ";")
    return body


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--files", type=int, default=100000)
    parser.add_argument("--mb", type=float, default=1024.0, help="total size in MB")
    parser.add_argument("--signaling-share", type=float, default=0.01)
    parser.add_argument("--minified-share", type=float, default=0.02)
    parser.add_argument("--depth", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    average = int(args.mb * 1024 * 1024 / max(1, args.files))
    written = 0
    for i in range(args.files):
        ext = pick_ext(rng)
        minified = rng.random() < args.minified_share
        if minified:
            ext = "js"
        signaling = rng.random() < args.signaling_share
        # Sizes vary around the average (minified bundles are larger).
        target = int(average * (rng.uniform(0.3, 1.7) if not minified else rng.uniform(2.0, 4.0)))
        folder = os.path.join(args.out, folder_for(rng, i, args.depth))
        os.makedirs(folder, exist_ok=True)
        name = f"gen{i}.min.js" if minified else f"Gen{i}.{ext}"
        body = make_file(rng, ext, target, i, signaling, minified)
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(body)
        written += len(body)
        if i % 10000 == 0:
            print(f"  {i}/{args.files} files, {written / 1048576:.0f} MB", file=sys.stderr)
    print(f"wrote {args.files} files, {written / 1048576:.1f} MB to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
