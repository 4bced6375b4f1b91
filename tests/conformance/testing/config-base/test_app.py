from app import app


def test_the_client_uses_the_apps_base():
    data = app.test_client().get("/where").get_json()
    assert data == {
        "path": "/where",
        "script_root": "/shop",
        "url": "https://shop.example/shop/where",
        "link": "/shop/where",
        "external": "https://shop.example/shop/where",
    }


def test_a_request_context_too():
    with app.test_request_context("/where"):
        from flask import request

        assert request.url == "https://shop.example/shop/where"


def test_a_base_url_given_wins():
    data = app.test_client().get("/where", base_url="https://shop.example/x").get_json()
    assert data["url"] == "https://shop.example/x/where"
