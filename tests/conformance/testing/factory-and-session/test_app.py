import pytest

from app import create_app

events = []


@pytest.fixture
def app():
    events.append("app up")
    app = create_app({"TESTING": True, "NOTES": []})
    yield app
    events.append("app down")


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def logged_in(client):
    client.post("/login", data={"name": "ana"})
    return client


def test_login_redirects_to_me(client):
    response = client.post("/login", data={"name": "ana"})
    assert response.status_code == 302
    assert response.headers["Location"] == "/me"


def test_login_needs_a_name(client):
    response = client.post("/login", data={})
    assert response.status_code == 400
    assert response.get_json() == {"error": "name is required"}


def test_me_after_login(logged_in):
    assert logged_in.get("/me").get_json() == {"user": "ana"}


def test_me_without_login(client):
    assert client.get("/me").status_code == 401


def test_session_transaction(client):
    with client.session_transaction() as sess:
        sess["user"] = "bob"
    assert client.get("/me").get_json()["user"] == "bob"


def test_follow_redirects(client):
    response = client.post("/login", data={"name": "cy"}, follow_redirects=True)
    assert response.get_json() == {"user": "cy"}
    assert len(response.history) == 1


def test_first_note(client):
    assert client.post("/notes", json={"text": "a"}).get_json() == {"count": 1}


def test_each_test_gets_a_fresh_app(client):
    assert client.post("/notes", json={"text": "b"}).get_json() == {"count": 1}


def test_teardown_ran_for_every_test():
    assert events.count("app up") == events.count("app down")
    assert events.count("app up") == 8


def test_logged_in_as_someone_else(logged_in):
    assert logged_in.get("/me").get_json() == {"user": "bob"}
