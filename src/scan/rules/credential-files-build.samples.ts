import type { RuleSamples } from '../types.js';
import { fake, HEX } from './fake.js';

const settings = (servers: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">\n  <localRepository>\${user.home}/.m2/repository</localRepository>\n  <servers>\n${servers}\n  </servers>\n  <mirrors>\n    <mirror>\n      <id>nexus</id>\n      <mirrorOf>*</mirrorOf>\n      <url>https://nexus.acme.io/repository/maven-public/</url>\n    </mirror>\n  </mirrors>\n</settings>\n`;

export const SAMPLES: Record<string, RuleSamples> = {
  'maven-settings-password': {
    positive: [
      { file: '.m2/settings.xml', text: settings('    <server>\n      <id>nexus-releases</id>\n      <username>deployment</username>\n      <password>Depl0yment!</password>\n    </server>') },
      { file: 'ci/settings.xml', text: settings(`    <server>\n      <id>ossrh</id>\n      <username>acme</username>\n      <password>\${env.OSSRH_PASSWORD}</password>\n    </server>\n    <server>\n      <id>signing</id>\n      <passphrase>${fake('', 24, undefined, 121)}</passphrase>\n    </server>`) },
      { file: 'settings.xml', text: '<settings>\n  <proxies>\n    <proxy>\n      <id>corp</id>\n      <host>proxy.acme.lan</host>\n      <port>3128</port>\n      <username>svc-build</username>\n      <password>Pr0xy-Acce55</password>\n    </proxy>\n  </proxies>\n</settings>\n' },
    ],
    negative: [
      { file: 'settings.xml', text: settings('    <server>\n      <id>nexus</id>\n      <username>deployment</username>\n      <password>{COQLCE6DU6GtcS5P=}</password>\n    </server>') },
      { file: 'settings.xml', text: settings('    <server>\n      <id>nexus</id>\n      <password>${env.NEXUS_PASSWORD}</password>\n    </server>') },
      { file: 'src/it/settings.xml', text: settings('    <server>\n      <id>test</id>\n      <username>testuser</username>\n      <password>testtest</password>\n    </server>\n    <server>\n      <id>m4</id>\n      <password>{[name=master,cipher=AES/GCM/NoPadding,version=4.0]w+C6vJwryWolUYkLtAMCkMGCWfB09haER/A==}</password>\n    </server>') },
      { file: 'settings.xml', text: settings('    <!--\n    <server>\n      <id>deploymentRepo</id>\n      <username>repouser</username>\n      <password>repopwd</password>\n    </server>\n    -->') },
    ],
  },
  'gradle-properties-credential': {
    positive: [
      { file: 'gradle.properties', text: 'org.gradle.jvmargs=-Xmx2g\nsigning.keyId=24875D73\nsigning.password=Sign1ngPass\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\n' },
      { file: 'gradle.properties', text: `ossrhUsername=acme\nossrhPassword=${fake('', 20, undefined, 122)}\n` },
      { file: '.gradle/gradle.properties', text: `mavenCentralUsername=acme-ci\nmavenCentralPassword=Central2024!\nkotlin.code.style=official\n` },
      { file: 'android/key.properties', text: 'storePassword=Upl0ad-Store-77\nkeyAlias=upload\nstoreFile=/home/ci/upload-keystore.jks\n' },
      { file: 'app/gradle.properties', text: `android.useAndroidX=true\nsentryAuthToken=${fake('', 64, HEX, 123)}\n` },
    ],
    negative: [
      { file: 'gradle.properties', text: 'org.gradle.jvmargs=-Xmx2g\nsigning.keyId=24875D73\nsigning.secretKeyRingFile=secring.gpg\nandroid.useAndroidX=true\n' },
      { file: 'gradle.properties', text: 'ossrhUsername=\nossrhPassword=\nnexusPassword=${NEXUS_PASSWORD}\n' },
      { file: 'gradle.properties', text: 'MYAPP_UPLOAD_STORE_FILE=my-upload-key.keystore\nMYAPP_UPLOAD_KEY_ALIAS=my-key-alias\nMYAPP_UPLOAD_STORE_PASSWORD=*****\n' },
    ],
  },
};
