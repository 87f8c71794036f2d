import os

from flask import Flask, jsonify, request
from agorasigsdk import AgoraSignal

app = Flask(__name__)
_sig = AgoraSignal(os.environ["AGORA_APP_ID"])
_session = _sig.login("relay", os.environ.get("AGORA_TOKEN", "_no_need_token"), None)


@app.route("/notify", methods=["POST"])
def notify():
    body = request.get_json(force=True)
    _session.msg_instant_send(body["account"], str(body["text"]), None)
    return jsonify(ok=True)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "8000")))
