package demo;

import java.util.List;

/** Documentation. */
@FunctionalInterface
public interface Greeter<T extends Comparable<T>> {
    String greet(T name);

    static void main(String[] args) {
        var text = """
            Hello, "world"
            """;
        char c = 'x';
        long big = 1_000_000L;
        List<String> names = List.of("a", "b");
        System.out.println(text + c + big + names + null);
    }
}
