import pytest

from app import create_app


@pytest.fixture
def client():
    return create_app({"TESTING": True}).test_client()


def test_list_starts_empty(client):
    response = client.get("/api/books")
    assert response.status_code == 200
    assert response.get_json() == []


def test_create_book(client):
    response = client.post("/api/books", json={"title": "Dune"})
    assert response.status_code == 201
    assert response.get_json() == {"id": 1, "title": "Dune"}
    assert response.headers["Location"] == "/api/books/1"


def test_created_book_can_be_read(client):
    client.post("/api/books", json={"title": "Dune"})
    response = client.get("/api/books/1")
    assert response.get_json() == {"id": 1, "title": "Dune"}


def test_title_is_required(client):
    response = client.post("/api/books", json={"author": "Herbert"})
    assert response.status_code == 400
    assert response.get_json() == {"error": "title is required"}


def test_missing_book_is_404(client):
    response = client.get("/api/books/7")
    assert response.status_code == 404
    assert "error" in response.get_json()


def test_delete_book(client):
    client.post("/api/books", json={"title": "Dune"})
    response = client.delete("/api/books/1")
    assert response.status_code == 204
    assert response.text == ""
    assert client.get("/api/books/1").status_code == 404
