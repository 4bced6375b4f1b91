console.log("kolba");
