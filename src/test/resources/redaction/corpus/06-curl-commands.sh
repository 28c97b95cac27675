# Reproduce the REST API failure the customer reported (ticket ⟪ticket_id|#90331⟫)
curl -X GET "https://shop.brightbean.coffee/wp-json/wc/v3/orders?per_page=⟪count|50⟫&status=processing" \
  -u ⟦woocommerce_key|ck_c11c78c49e568d9d64f4db4519595290640db562⟧:⟦woocommerce_secret|cs_ff41f7e251b972477d4788bf77d782038bcc55b6⟧ \
  -H "User-Agent: ⟪user_agent|WooCommerce-Hookshot/8.5.1⟫"

# same call with query-string auth (over HTTPS only!)
curl "https://shop.brightbean.coffee/wp-json/wc/v3/products/⟪product_id|1182⟫?consumer_key=⟦woocommerce_key|ck_0d867caa421dfdc035a73a9ed6d8cee5812ca35c⟧&consumer_secret=⟦woocommerce_secret|cs_54b7fa903442f9190b7490899747fe1011aa0738⟧"

# application password for the shop manager account
curl -X POST https://shop.brightbean.coffee/wp-json/wp/v2/posts \
  --user "shopmanager:⟦password|dMlX IKRb QejP 3bCn NhVr fWkV⟧" \
  -H 'Content-Type: application/json' \
  -d '{"title":"Winter blend","status":"draft"}'

# SendGrid test from the server
curl --request POST \
  --url https://api.sendgrid.com/v3/mail/send \
  --header 'Authorization: Bearer ⟦sendgrid_key|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⟧' \
  --header 'Content-Type: application/json' \
  --data '{"personalizations":[{"to":[{"email":"⟦email|marta.kowalska@wp.pl⟧"}]}],"from":{"email":"⟦email|orders@brightbean.coffee⟧"},"subject":"Test","content":[{"type":"text/plain","value":"Hi"}]}'

# Basic auth against the staging site (htpasswd)
curl -I https://staging.brightbean.coffee/ -H "Authorization: Basic ⟦basic_auth|YWRtaW46alcwV3hrVkdHejB1UHc=⟧"
# → ⟪http_status|HTTP/2 401⟫, ⟪header|www-authenticate: Basic realm="Staging"⟫

# GitHub deploy of the child theme
git clone https://⟦github_token|ghp_KiX82VbEsKcTkGaOLW9Q42zvOFOx1eUGjDfO⟧@github.com/brightbean/storefront-child.git
git -C storefront-child log -1 --format=%H   # ⟪git_sha|b6589fc6ab0dc82cf12099d1c2d40ab994e8410c⟫

# Mailchimp audience sync
curl -sS https://us14.api.mailchimp.com/3.0/lists/⟪list_id|4f2c9a1b7e⟫/members -u "anystring:⟦mailchimp_key|eb9bb979d87adb98089e680d9b4c8fb5-us12⟧"

# Twilio SMS notification test
curl -X POST "https://api.twilio.com/2010-04-01/Accounts/⟦twilio_account_sid|AC165e2db2f870342dcf1711139210396d⟧/Messages.json" \
  --data-urlencode "Body=Order ⟪order_id|#10442⟫ shipped" \
  --data-urlencode "To=⟦phone|+447700900123⟧" \
  -u ⟦twilio_key|SK07760040f5e7e0bdcf483d9e7af5a185⟧:⟦generic_secret|5ID9gDJIspjfGQwAAJ8pBRb50BVS1m8w⟧

# database backup before the update
mysqldump -h ⟪private_ip|172.20.0.5⟫ -u acme --password=⟦password|Dump-Me-N0t!42⟧ acme_wp > /tmp/⟪path|acme_wp-2024-01-17.sql⟫
