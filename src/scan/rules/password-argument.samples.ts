import type { RuleSamples } from '../types.js';
import { fake } from './fake.js';

export const SAMPLES: Record<string, RuleSamples> = {
  'password-argument': {
    positive: [
      { file: 'db.php', text: "<?php\n$pdo = new PDO('mysql:host=db;dbname=shop', 'shop', 'Sh0pAdm!n');\n", severity: 'medium' },
      { file: 'legacy.php', text: "<?php\n$link = mysqli_connect('localhost', 'root', 'r00tpass', 'app');\n" },
      { file: 'Db.java', text: 'Connection c = DriverManager.getConnection(url, "sa", "Tiger2024");\n' },
      { file: 'mailer.py', text: 'server = smtplib.SMTP_SSL("smtp.acme.io", 465)\nserver.login("reports", "mailpass77")\n' },
      { file: 'fetch.py', text: "r = requests.get(url, auth=('admin', 'adm1n2024'))\n" },
      { file: 'Mail.cs', text: 'client.Credentials = new NetworkCredential("svc-mail", "Sp4rk!ing");\n' },
      { file: 'Ds.java', text: `ds.setPassword("${fake('', 20, undefined, 71)}");\n`, severity: 'high' },
      { file: 'ldap_sync.py', text: "conn.simple_bind_s('cn=admin,dc=acme,dc=io', 'ldapAdm1n')\n" },
    ],
    negative: [
      { file: 'db.php', text: "<?php\n$pdo = new PDO($dsn, $user, $password);\n$pdo = new PDO($dsn, 'root', getenv('DB_PASS'));\n" },
      { file: 'Db.java', text: 'DriverManager.getConnection(url, user, System.getenv("DB_PASSWORD"));\n' },
      { file: 'mailer.py', text: 'server.login(user, password)\nserver.login(os.environ["SMTP_USER"], os.environ["SMTP_PASS"])\n' },
      { file: 'README.md', text: 'Log in:\n\n```python\nserver.login("me@example.com", "app-password1")\n```\n' },
      { file: 'docs.py', text: '    >>> smtp.login("user", "hunter22")\n' },
      { file: 'fetch.py', text: "r = requests.get(url, auth=('admin', '<password>'))\nauth=('user', 'changeme')\n" },
      { file: 'Ds.java', text: 'ds.setPassword("");\nds.setPassword(props.getProperty("db.password"));\nds.setPassword("${db.password}");\n' },
      { file: 'app.js', text: "router.post('/login', (req, res) => login(req.body.user, 'form'));\nconst bound = fn.bind(this, 'x');\n" },
    ],
  },
};
