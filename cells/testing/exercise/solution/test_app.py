import pytest

from app import create_app


@pytest.fixture
def client():
    return create_app({"TESTING": True}).test_client()


def test_list_starts_empty(client):
    response = client.get("/api/items")
    assert response.status_code == 200
    assert response.get_json() == []


def test_add_item(client):
    response = client.post("/api/items", json={"name": "milk"})
    assert response.status_code == 201
    assert response.get_json() == {"id": 1, "name": "milk"}
    assert client.get("/api/items").get_json() == [{"id": 1, "name": "milk"}]


def test_name_is_required(client):
    response = client.post("/api/items", json={})
    assert response.status_code == 400
    assert response.get_json() == {"error": "name is required"}
    assert client.get("/api/items").get_json() == []


def test_delete_item(client):
    client.post("/api/items", json={"name": "milk"})
    response = client.delete("/api/items/1")
    assert response.status_code == 204
    assert client.get("/api/items/1").status_code == 404
    assert client.get("/api/items").get_json() == []
