package id.kipp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KippApplication {
  public static void main(String[] args) {
    SpringApplication.run(KippApplication.class, args);
  }
}
