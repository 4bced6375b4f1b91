import pytest

from app import create_app


@pytest.fixture
def client():
    return create_app({"TESTING": True}).test_client()


@pytest.fixture
def logged_in(client):
    client.post("/login", data={"name": "ana", "password": "s3cret"})
    return client


def test_account_needs_login(client):
    response = client.get("/account")
    assert response.status_code == 302
    assert response.headers["Location"] == "/login"


def test_wrong_password(client):
    response = client.post("/login", data={"name": "ana", "password": "guess"})
    assert response.status_code == 401
    assert client.get("/account").status_code == 302


def test_login_opens_account(client):
    response = client.post(
        "/login",
        data={"name": "ana", "password": "s3cret"},
        follow_redirects=True,
    )
    assert len(response.history) == 1
    assert response.text == "Hello, ana"


def test_logout_forgets_the_user(logged_in):
    assert logged_in.get("/account").text == "Hello, ana"
    logged_in.post("/logout")
    assert logged_in.get("/account").status_code == 302


def test_account_of_someone_else(client):
    with client.session_transaction() as sess:
        sess["user"] = "bob"
    assert client.get("/account").text == "Hello, bob"
