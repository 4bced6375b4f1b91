from app import app


def test_home():
    client = app.test_client()
    response = client.get("/")
    assert response.status_code == 200
    assert "library" in response.text


def test_book_as_json():
    client = app.test_client()
    response = client.get("/books/1")
    assert response.status_code == 200
    assert response.get_json() == {"id": 1, "title": "Dune"}


def test_missing_book_is_404():
    client = app.test_client()
    response = client.get("/books/99")
    assert response.status_code == 404
