import pytest

from app import create_app


@pytest.fixture
def client():
    return create_app({"TESTING": True}).test_client()


def test_list_starts_empty(client):
    response = client.get("/api/items")
    assert response.status_code == 200
    assert response.get_json() == []


# Write more tests here: adding an item, a missing name, deleting an item.
