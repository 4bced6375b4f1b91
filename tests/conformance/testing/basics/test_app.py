import pytest

from app import app


@pytest.fixture
def client():
    app.config["TESTING"] = True
    return app.test_client()


@pytest.fixture
def broken():
    raise RuntimeError("this fixture cannot be set up")


def test_home(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "Hello" in response.get_data(as_text=True)


def test_book_json(client):
    response = client.get("/books/2")
    assert response.get_json() == {"id": 2, "title": "Book 2"}


def test_missing_book_is_404(client):
    assert client.get("/books/9").status_code == 404


def test_wrong_expectation(client):
    assert client.get("/books/9").status_code == 200


def test_view_error_reaches_the_test(client):
    client.get("/boom")


def test_view_error_expected(client):
    with pytest.raises(ValueError):
        client.get("/boom")


def test_unknown_fixture(clinet):
    pass


def test_broken_fixture(broken):
    pass


def helper_not_collected():
    assert False
