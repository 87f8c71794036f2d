plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    compileSdkVersion(28)
    defaultConfig {
        applicationId = "com.example.roster"
        minSdkVersion(19)
        targetSdkVersion(28)
    }
}

dependencies {
    implementation(fileTree(mapOf("dir" to "libs", "include" to listOf("*.jar"))))
    implementation(kotlin("stdlib-jdk7", "1.3.11"))
    implementation("com.android.support:appcompat-v7:28.0.0")
}
