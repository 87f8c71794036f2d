"""Echo bot for the #ops channel: answers !status with the deploy status."""
import os
import time

import requests
from dotenv import load_dotenv
from agorasigsdk import AgoraSignal, LoginSession, Channel

load_dotenv()

APP_ID = os.environ["AGORA_APP_ID"]
STATUS_URL = os.environ.get("STATUS_URL", "http://deploy.internal/status")


class OpsBot(object):
    def __init__(self):
        self.sig = AgoraSignal(APP_ID)
        self.session = None
        self.channel = None

    def start(self, account, token):
        self.session = self.sig.login(account, token, self)

    def on_login_success(self, session, uid):
        self.channel = session.channel_join("ops", self)

    def on_message_channel_receive(self, channel, account, uid, msg):
        if msg.strip() == "!status":
            status = requests.get(STATUS_URL, timeout=5).json()
            channel.msg_channel_send("deploy: %s" % status.get("state", "unknown"))


if __name__ == "__main__":
    bot = OpsBot()
    bot.start("ops-bot", "_no_need_token")
    while True:
        time.sleep(60)
