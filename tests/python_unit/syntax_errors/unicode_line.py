x = "héllo" +
