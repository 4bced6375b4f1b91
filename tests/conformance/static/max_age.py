from flask import Flask

app = Flask(__name__)
app.config["SEND_FILE_MAX_AGE_DEFAULT"] = 60
