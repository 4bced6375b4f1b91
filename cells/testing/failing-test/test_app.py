from app import app


def test_add_answers():
    client = app.test_client()
    response = client.get("/add", query_string={"a": "2", "b": "3"})
    assert response.status_code == 200


def test_add_two_numbers():
    client = app.test_client()
    response = client.get("/add", query_string={"a": "2", "b": "3"})
    assert response.text == "5"
