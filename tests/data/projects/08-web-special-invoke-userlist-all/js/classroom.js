const Signal = window.Signal;

class Classroom {
  constructor(appId, uid, channelName) {
    this.signal = Signal(appId);
    this.uid = uid;
    this._channel = channelName;
    this.students = [];
  }

  enter(token) {
    this.session = this.signal.login(this.uid, token);
    this.session.onLoginSuccess = () => {
      this.room = this.session.channelJoin(this._channel);
      this.room.onChannelJoined = () => this.loadRoster();
      this.room.onChannelUserJoined = () => this.refreshVisible();
    };
  }

  loadRoster() {
    this.session.invoke("io.agora.signal.channel_query_userlist_all", { name: this._channel }, (err, res) => {
      if (err) return;
      this.students = res.list.map(([account]) => account);
      this.render();
    });
  }

  refreshVisible() {
    this.session.invoke("io.agora.signal.channel_query_userlist", { name: this._channel }, (err, res) => {
      if (!err) this.visible = res.list;
    });
  }

  setProfile(value) {
    this.session.invoke("io.agora.signal.user_set_attr", { name: this.uid, value: JSON.stringify(value) }, () => {});
  }

  render() {
    document.getElementById('students').innerHTML =
      this.students.map((s) => `<li>${s}</li>`).join('');
  }
}

window.Classroom = Classroom;
