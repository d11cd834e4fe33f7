#include <vector>
namespace demo {
template <typename T>
class Box final {
public:
    explicit Box(T value) : value_(std::move(value)) {}
    auto raw() const noexcept { return R"sql(SELECT "x" FROM t)sql"; }
private:
    T value_ = nullptr;
};
}  // namespace demo
int main() { std::vector<int> xs{1, 2, 3}; std::cout << xs.size() << std::endl; }
