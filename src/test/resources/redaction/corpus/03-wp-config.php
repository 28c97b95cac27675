<?php
/**
 * The base configuration for WordPress
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', '⟪db_name|acme_wp_prod⟫' );
define( 'DB_USER', 'acme_wp' );
define( 'DB_PASSWORD', '⟦password|Tr4ns!t-Sh0p#2023⟧' );
define( 'DB_HOST', '⟪hostname|mysql-prod-2.internal:3306⟫' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 */
define('AUTH_KEY',         '⟦wp_salt|YF b@5vr%^1.k6^M_P.-&fq1i41KjXG!hhCNtZI%#~]JaS)dmT^IVMq@SG@s!_hv⟧');
define('SECURE_AUTH_KEY',  '⟦wp_salt|6[L@+=r]QUgi_W;a>%s?W,j VUjCgwO%l~rZ1{IVS;m=tb,H!](3os56L/;fGBw~⟧');
define('LOGGED_IN_KEY',    '⟦wp_salt|<Zdb_bO9_%>X(Ai&Beka%PNC[]-aUN:F9W&$,I@Yi/3{Endth $}o@*6r)UI|p/.⟧');
define('NONCE_KEY',        '⟦wp_salt|P~V8x1^TwIV|6fg,-8 YpnsN1$.<7o*sVsr1t;U!Reb5:,22Q2Z}v}D|Cbz?hD7Q⟧');
define('AUTH_SALT',        '⟦wp_salt|fsLM+@pE!lciqm_AF|~W9FZSeOrl@[KT# zTp;3:joa{+C/+bDGL4&rTMFZo;yG[⟧');
define('SECURE_AUTH_SALT', '⟦wp_salt|F45=`bWS}XYnL3xQKESA~wVfVHwR<ETE%RRC__o|n4%K$giM=W{1d}vQHHAP$*$~⟧');
define('LOGGED_IN_SALT',   '⟦wp_salt|_4&pJU`)o^WQ_7fo(i,pfCM?<em8T$rF,{6$Fo/:Q1A4 m[lQU8*[{1].maS|(0y⟧');
define('NONCE_SALT',       '⟦wp_salt|8=E{/@KoqH>Ek>M#&]G8Dmk!*>[1l%NR$eH:yWY7`A:GR3JFwrm7<6<(Aul_TMQ8⟧');

$table_prefix = '⟪table_prefix|wp_⟫';

define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '⟪path|/var/log/wordpress/debug.log⟫' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_MEMORY_LIMIT', '⟪memory|256M⟫' );
define( 'WP_REDIS_HOST', '⟪private_ip|10.0.3.17⟫' );
define( 'WP_REDIS_PASSWORD', '⟦password|r3d1s-Cache-Pr0d-77⟧' );
define( 'WP_CACHE_KEY_SALT', '⟪cache_salt|acmecandles.co.uk:⟫' );
define( 'SMTP_PASS', '⟦password|mailgun-Pw-8842x⟧' );
define( 'WPMDB_LICENCE', '⟦license_key|BW25-LAMO-OKYF-PAVA⟧' );
define( 'JWT_AUTH_SECRET_KEY', '⟦generic_secret|ObbMPdErJqx0DjA7MDBiZlnqFhFyLL1FwBpaqf4L⟧' );
define( 'DISALLOW_FILE_EDIT', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_ENVIRONMENT_TYPE', 'production' );

/* That's all, stop editing! Happy publishing. */
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
